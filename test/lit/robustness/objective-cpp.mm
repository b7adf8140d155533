// Objective-C++: classes, methods, properties and blocks mixed with C++ standard library code.
// The front end parses it as objective-c++ (from the .mm extension). No crash, no error.
// RUN: %allochunt_tidy --config={} --checks='-*,allochunt-*,misc-unused-alias-decls' %s -- -std=c++20 -fblocks -Wno-objc-root-class > %t.out 2>&1
// RUN: FileCheck %s --input-file=%t.out --allow-empty --implicit-check-not='error:' --implicit-check-not='Stack dump'

#include <map>
#include <string>
#include <string_view>

@interface Router {
  std::map<std::string, int> _routes;
  int _hits;
}
@property int hits;
- (bool)hasPath:(std::string_view)path;
- (int)costOf:(double)estimate;
+ (instancetype)shared;
@end

@implementation Router
@synthesize hits = _hits;
- (bool)hasPath:(std::string_view)path {
  return _routes.find(std::string(path)) != _routes.end();
}
- (int)costOf:(double)estimate {
  int (^toCents)(double) = ^(double d) { return static_cast<int>(d * 100.0); };
  return toCents(estimate) + (int)estimate;
}
+ (instancetype)shared {
  static Router *instance = nullptr;
  return instance;
}
@end

int useRouter(Router *router, std::string_view path) {
  static std::map<std::string, int> cache;
  cache[std::string(path)] = [router hasPath:path] ? [router costOf:1.5] : 0;
  return router.hits;
}
