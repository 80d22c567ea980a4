#pragma once
// lenbot's version: project(VERSION) in CMakeLists.txt, the one place it is written. Compiled
// into version.cpp alone, so a new version rebuilds one file.
namespace lenbot {

const char* version();

}  // namespace lenbot
