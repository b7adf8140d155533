# AllocHunt for LLVM 19 on Debian bookworm: the image holds the allochunt-19 Debian package
# (built here from this checkout with `cpack -G DEB`) and the clang-tidy-19 it plugs into.
#   docker build -t allochunt:19 .
#   docker run --rm -v "$PWD:$PWD" -w "$PWD" allochunt:19 \
#     run-clang-tidy-19 -clang-tidy-binary allochunt-tidy-19 -p build -checks='-*,allochunt-*'
# The project is mounted at its own path, so the paths in its compile_commands.json hold in
# the container. The image has the C and C++ standard libraries only: a project that includes
# other libraries' headers needs them installed in an image built FROM this one.
FROM debian:bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends cmake ninja-build clang-19 clang-tidy-19 \
      llvm-19-dev libclang-19-dev libyaml-cpp-dev dpkg-dev file \
 && rm -rf /var/lib/apt/lists/*
COPY . /src
RUN cmake -S /src -B /build -G Ninja -DLLVM_VERSION=19 -DCMAKE_CXX_COMPILER=clang++-19 \
      -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
 && cmake --build /build \
 && cd /build && cpack -G DEB -B /pkg

FROM debian:bookworm
COPY --from=build /pkg/allochunt-19_*.deb /tmp/
RUN apt-get update \
 && apt-get install -y --no-install-recommends /tmp/allochunt-19_*.deb libstdc++-12-dev \
 && rm -rf /var/lib/apt/lists/* /tmp/allochunt-19_*.deb
CMD ["allochunt-tidy-19", "--version"]
