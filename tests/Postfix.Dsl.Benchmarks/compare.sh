#!/usr/bin/env bash
# Whole-process measurements of rendering speed, interleaved against each comparison, medians.
# Usage: tests/Postfix.Dsl.Benchmarks/compare.sh [fleet] [distinct] [scale] [nochange] [big] [start] [build]
#   (no argument: all of them; RUNS=5 by default; every timed run starts after a sync, SETTLE=0 to skip it;
#   BENCH_DIR=/dev/shm works on a memory file system instead of /tmp; KEEP=0 deletes each fleet run's trees
#   right after the run, keeping the first run's for the byte-for-byte checks: see the README, "Speed").
#   Needs /usr/bin/time and Debian's python3-jinja2.
#   fleet     100 hosts sharing the policy tables: Postfix.Dsl emit (with PrepareEmit first, as recommended, and without;
#             and the same published with Native AOT, AOT=0 to skip it) vs the Jinja2 role (jinja2/) vs cp -r of the tree
#   distinct  the same with an access table of its own per host (1,000,000 entries in all)
#   scale     100 vs 1,000 hosts: time and peak memory
#   nochange  a second emit with nothing changed vs a first emit
#   big       one host with 100,000 and 1,000,000 access entries: MB/s
#   start     the build's emitter process for Neptune, from the packed package, one-off and handed to a warm
#             emit server, vs a hello-world dotnet exec
#   build     a one-line edit + dotnet build of a package consumer vs the same project without the package
#             (its host as a text constant), and vs the same C# compiled against the library alone (a plain
#             reference: no analyzers, generator or emit step), which isolates what the package's tooling costs;
#             as the machine is set (UseSharedCompilation), then with the SDK's default: compiler and emit servers
#   (start and build: the consumer targets CONSUMER_TFM, net10.0 by default, the runtime this machine has;
#   BUILD_SERVERS_ONLY=1 measures build with the SDK's default alone; build's rounds go through the six orders
#   of its three projects, and it prints the median of each round's ratio with a 95% interval: use RUNS=60 or more)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
runs="${RUNS:-5}"
work="$(mktemp -d "${BENCH_DIR:-/tmp}/postfix-dsl-bench-XXXXXX")"
# Also stops any emit server the start and build sections left (their sockets are under $work).
trap 'pkill -f -- "--serve $work/" || true; rm -rf "$work"' EXIT
sections=("$@")
[ ${#sections[@]} -eq 0 ] && sections=(fleet distinct scale nochange big start build)

# Fleet programs: ReadyToRun-published, as a fleet tool runs in production, and the JIT-only build.
echo "building the benchmark program (Release, ReadyToRun publish)..." >&2
dotnet publish "$here/Postfix.Dsl.Benchmarks.csproj" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$work/r2r" >/dev/null
bench="$work/r2r/Postfix.Dsl.Benchmarks"

# timed NAME CMD...: appends "seconds peak-KB" to $work/NAME.times. The wall time is read from the
# nanosecond clock around the run (/usr/bin/time's %e has 10 ms steps, too coarse for a 40 ms process);
# /usr/bin/time gives the peak memory.
timed() {
  local name="$1"; shift
  local start end
  # The dirty pages of the run before are written out first (SETTLE=0 skips it): otherwise the kernel
  # writes them back while this run runs, on a 2-core machine competing for its CPU, so each tool paid
  # for the one timed before it (cp -r after a 59 MB emit took twice as long as on a settled disk).
  [ "${SETTLE:-1}" = 1 ] && sync
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$work/$name.one" "$@" >/dev/null 2>"$work/$name.err" || { cat "$work/$name.err" >&2; exit 1; }
  end=$(date +%s%N)
  echo "$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.4f", (e - s) / 1e9}') $(tail -n 1 "$work/$name.one")" >> "$work/$name.times"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
seconds() { awk '{print $1}' "$work/$1.times" | median; }
peak_mb() { awk '{print $2/1024}' "$work/$1.times" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
rounds() { printf '  %-14s each run: %s\n' "$1" "$(awk '{printf "%.3f ", $1}' "$work/$2.times")"; }
report() { printf '%-44s %8.3f s  %7.1f MB peak  (median of %d)\n' "$1" "$(seconds "$2")" "$(peak_mb "$2")" "$runs"; }

has() { local s; for s in "${sections[@]}"; do [ "$s" = "$1" ] && return 0; done; return 1; }

# The same fleet emit as a program published with Native AOT (README, "Speed"), for fleet and distinct:
# a console project of its own, since BenchmarkDotNet cannot be compiled ahead of time. AOT=0 skips it.
aot=""
if [ "${AOT:-1}" = 1 ] && { has fleet || has distinct; }; then
  echo "building the fleet program with Native AOT..." >&2
  mkdir -p "$work/aot-src"
  # The benchmark program's own settings (its project and the repository's Directory.Build.props, which this
  # folder outside the repository does not inherit), as the README recommends them for a fleet program:
  # invariant globalization (no ICU loaded at start) and the workstation GC without its background thread.
  cat > "$work/aot-src/Fleet.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable>
    <PublishAot>true</PublishAot><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <InvariantGlobalization>true</InvariantGlobalization>
    <ServerGarbageCollection>false</ServerGarbageCollection><ConcurrentGarbageCollection>false</ConcurrentGarbageCollection></PropertyGroup>
  <ItemGroup><ProjectReference Include="$repo/src/Postfix.Dsl/Postfix.Dsl.csproj" /><Compile Include="$here/FleetWorkload.cs" /></ItemGroup>
</Project>
EOF
  cat > "$work/aot-src/Program.cs" <<'EOF'
// emit --hosts N --out DIR [--distinct-tables]: the benchmark program's emit mode, PrepareEmit first.
using System;
using System.Linq;
using Postfix.Dsl;
using Postfix.Dsl.Benchmarks;
PostfixDsl.PrepareEmit();
var hosts = int.Parse(args.SkipWhile(a => a != "--hosts").Skip(1).First(), System.Globalization.CultureInfo.InvariantCulture);
var output = args.SkipWhile(a => a != "--out").Skip(1).First();
PostfixDsl.EmitAll(FleetWorkload.Hosts(hosts, FleetWorkload.DefaultAccessEntries, args.Contains("--distinct-tables")), output);
EOF
  dotnet publish "$work/aot-src/Fleet.csproj" -c Release -r linux-x64 -o "$work/aot" >/dev/null
  aot="$work/aot/Fleet"
fi

# fleet_compare TAG [--distinct-tables]: 100 hosts, Postfix.Dsl vs Jinja2 vs cp -r, interleaved.
fleet_compare() {
  local tag="$1"; shift
  "$bench" data --hosts 100 --out "$work/fleet-$tag.json" "$@"
  # Every run writes fresh folders, deleted only after the last run. On a file system that skips
  # recently deleted inodes when it creates a file (ext4 without a journal, as on the machine these
  # figures come from, looks at each one deleted in the last minute), a tree deleted just before a run
  # slows whoever creates files next, more with every run: cp -r of the same tree took 0.05 to 0.2 s.
  for i in $(seq "$runs"); do
    timed "dsl-$tag" "$bench" emit --hosts 100 --out "$work/dsl-$tag-$i" "$@"
    timed "dsl-noprep-$tag" "$bench" emit --hosts 100 --out "$work/noprep-$tag-$i" --no-prepare "$@"
    [ -n "$aot" ] && timed "dsl-aot-$tag" "$aot" emit --hosts 100 --out "$work/aot-$tag-$i" "$@"
    timed "jinja-$tag" /usr/bin/python3 "$here/jinja2/render.py" "$work/fleet-$tag.json" "$work/jinja-$tag-$i"
    timed "cp-$tag" cp -r "$work/dsl-$tag-$i" "$work/copy-$tag-$i"
    has nochange && [ "$tag" = shared ] && timed nochange "$bench" emit --hosts 100 --out "$work/dsl-$tag-$i" "$@"
    # KEEP=0: the run's memory goes back before the next run. On a virtual machine whose memory the host backs
    # as the guest first touches it, trees kept run after run made every tool slower midway through a section,
    # on tmpfs too (cp -r 0.04 -> 0.13-0.22 s); deleted at once, cp -r stayed at 0.04 s on tmpfs for 15 runs.
    if [ "${KEEP:-1}" = 0 ] && [ "$i" -gt 1 ]; then
      rm -rf "$work/dsl-$tag-$i" "$work/noprep-$tag-$i" "$work/aot-$tag-$i" "$work/jinja-$tag-$i" "$work/copy-$tag-$i"
    fi
  done
  diff -r -x .postfix-dsl-manifest "$work/dsl-$tag-1" "$work/jinja-$tag-1" >/dev/null || { echo "Jinja2 output differs from Postfix.Dsl's" >&2; exit 1; }
  [ -n "$aot" ] && { diff -r "$work/dsl-$tag-1" "$work/aot-$tag-1" >/dev/null || { echo "the Native AOT program's output differs" >&2; exit 1; }; }
  echo "== 100 hosts, $tag access table, $(du -sm "$work/dsl-$tag-1" | cut -f1) MB written (Jinja2 output byte-identical)"
  report "Postfix.Dsl EmitAll (whole process)" "dsl-$tag"
  report "  the same without PrepareEmit first" "dsl-noprep-$tag"
  [ -n "$aot" ] && report "  the same published with Native AOT" "dsl-aot-$tag"
  report "Jinja2 role (python3-jinja2)" "jinja-$tag"
  report "cp -r of the generated tree" "cp-$tag"
  echo "Postfix.Dsl / cp -r: $(ratio "$(seconds "dsl-$tag")" "$(seconds "cp-$tag")")x    Jinja2 / Postfix.Dsl: $(ratio "$(seconds "jinja-$tag")" "$(seconds "dsl-$tag")")x"
  [ -n "$aot" ] && echo "Native AOT / cp -r: $(ratio "$(seconds "dsl-aot-$tag")" "$(seconds "cp-$tag")")x    Jinja2 / Native AOT: $(ratio "$(seconds "jinja-$tag")" "$(seconds "dsl-aot-$tag")")x"
  # Each run in order: on this machine every tool that creates files can turn slower midway through a
  # section (cp -r 0.054-0.061 s in the first three runs, 0.18-0.23 s in the next four, the emit 85 ms
  # slower with it), and then the medians above compare against a slowed floor, not the disk's.
  rounds "cp -r" "cp-$tag"
  rounds "Postfix.Dsl" "dsl-$tag"
  [ -n "$aot" ] && rounds "Native AOT" "dsl-aot-$tag"
  rm -rf "$work/dsl-$tag-"* "$work/noprep-$tag-"* "$work/aot-$tag-"* "$work/jinja-$tag-"* "$work/copy-$tag-"*
}

if has fleet || has nochange; then
  fleet_compare shared
fi

if has distinct; then
  fleet_compare distinct --distinct-tables
fi

if has nochange; then
  echo "== no-change emit"
  report "second emit, nothing changed (new process)" nochange
  echo "no-change / first emit (whole process): $(ratio "$(seconds nochange)" "$(seconds dsl-shared)")"
  echo "(in-process, same host objects: dotnet run -c Release --project tests/Postfix.Dsl.Benchmarks -- --filter '*FleetEmit*')"
fi

if has scale; then
  for i in $(seq "$runs"); do
    rm -rf "$work/s100" "$work/s1000"
    timed scale100 "$bench" emit --hosts 100 --out "$work/s100"
    timed scale1000 "$bench" emit --hosts 1000 --out "$work/s1000"
  done
  echo "== 100 vs 1,000 hosts ($(du -sm "$work/s1000" | cut -f1) MB)"
  report "100 hosts" scale100
  report "1,000 hosts" scale1000
  echo "time 1,000 / 100 hosts: $(ratio "$(seconds scale1000)" "$(seconds scale100)") (10 is linear)"
fi

if has big; then
  for i in $(seq "$runs"); do
    rm -rf "$work/b100k" "$work/b1m"
    timed big100k "$bench" emit --hosts 1 --access-entries 100000 --out "$work/b100k"
    timed big1m "$bench" emit --hosts 1 --access-entries 1000000 --out "$work/b1m"
  done
  size100k=$(stat -c %s "$work/b100k/mx0000/access")
  size1m=$(stat -c %s "$work/b1m/mx0000/access")
  echo "== one host, large access table (whole process: build the model, validate, render, read back, write)"
  report "100,000 entries ($((size100k / 1000000)) MB)" big100k
  report "1,000,000 entries ($((size1m / 1000000)) MB)" big1m
  echo "1,000,000 entries: $(awk -v b="$size1m" -v s="$(seconds big1m)" 'BEGIN {printf "%.0f", b/1e6/s}') MB/s whole process; time 1M / 100k: $(ratio "$(seconds big1m)" "$(seconds big100k)") (10 is linear)"
  echo "(render alone per size: dotnet run -c Release --project tests/Postfix.Dsl.Benchmarks -- --filter '*HostBenchmarks*')"
fi

# The package as users get it (lib/ precompiled for each runtime), packed once for start and build.
package_feed() {
  feed="$work/feed"
  [ -d "$feed" ] && return
  mkdir -p "$feed"
  dotnet pack "$repo/src/Postfix.Dsl/Postfix.Dsl.csproj" -c Release -o "$feed" -p:Version=0.0.0-bench >/dev/null
  cat > "$work/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><add key="bench" value="$feed" /></packageSources></configuration>
EOF
}

# consumer with|library|without: a project of the Neptune host, with the package, with the same C# against the
# library's assembly alone (library: what the model costs to compile, without the package's tooling), or
# (without) the same C# as text.
# Its target framework is CONSUMER_TFM (net10.0 by default: the runtime this machine has).
consumer() {
  local variant="$1" dir="$work/$1"
  [ -d "$dir" ] && return
  mkdir -p "$dir"
  local reference=""; [ "$variant" = with ] && reference='<ItemGroup><PackageReference Include="Postfix.Dsl" Version="0.0.0-bench" /></ItemGroup>'
  if [ "$variant" = library ]; then
    consumer with # restores the package, whose lib/ this variant references
    local lib="$work/packages/postfix.dsl/0.0.0-bench/lib/${CONSUMER_TFM:-net10.0}"
    [ -d "$lib" ] || lib="$work/packages/postfix.dsl/0.0.0-bench/lib/net8.0"
    reference="<ItemGroup><Reference Include=\"$lib/Postfix.Dsl.dll\" /></ItemGroup>"
  fi
  cat > "$dir/Consumer.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>${CONSUMER_TFM:-net10.0}</TargetFramework><Nullable>enable</Nullable><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally><RestorePackagesPath>$work/packages</RestorePackagesPath></PropertyGroup>
  $reference
</Project>
EOF
  cp "$work/nuget.config" "$dir/"
  if [ "$variant" != without ]; then
    sed -e 's/namespace Neptune;/namespace Consumer;/' "$repo/samples/Neptune/NeptuneHost.cs" > "$dir/Host.cs"
  else
    # The same amount of C# without the package: the host's text as constants.
    { echo 'namespace Consumer;'; echo 'public static class Host {'; echo '  public const string Text = """'; sed 's/"""/""/g' "$repo/samples/Neptune/NeptuneHost.cs"; echo '""";'; echo '}'; } > "$dir/Host.cs"
  fi
  echo 'namespace Consumer; public static class Edited { public const int Value = 0; }' > "$dir/Edited.cs"
  dotnet build "$dir" >/dev/null
}

if has start; then
  package_feed
  consumer with
  app="$work/with/bin/Debug/${CONSUMER_TFM:-net10.0}"
  emitter="$work/packages/postfix.dsl/0.0.0-bench/tools/net8.0/Postfix.Dsl.Emitter.dll"
  mkdir -p "$work/hello" && cat > "$work/hello/hello.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>
EOF
  echo 'System.Console.WriteLine("hello");' > "$work/hello/Program.cs"
  dotnet build "$work/hello" -c Release -o "$work/hello/bin" >/dev/null
  # The command the build runs (buildTransitive/Postfix.Dsl.targets), for the packaged consumer of Neptune: as a
  # one-off process, and with --emit-server against a warm emit server (what the emitter does when the build's
  # task cannot hand the emit over itself; the task, inside MSBuild, starts no process at all: see build).
  emit_command=(env DOTNET_TieredPGO=0 dotnet exec --roll-forward Major --depsfile "$app/Consumer.deps.json" --runtimeconfig "$app/Consumer.runtimeconfig.json"
    --additionalprobingpath "$work/packages" "$emitter" --assembly "$app/Consumer.dll" --startup-profile "$work/with/obj/Debug/${CONSUMER_TFM:-net10.0}")
  export XDG_RUNTIME_DIR="$work/run"; mkdir -p "$XDG_RUNTIME_DIR"
  "${emit_command[@]}" --emit-server --output "$work/neptune" --project-dir "$work/with" >/dev/null # starts the server
  # That emitter recorded the multi-core JIT profile: from now on the build only replays it (the profile is
  # newer than the project's deps.json), as in the timed runs.
  emit_command=(env DOTNET_MultiCoreJitNoProfileGather=1 "${emit_command[@]:1}")
  for _ in $(seq 100); do ls "$XDG_RUNTIME_DIR"/postfix-dsl/*.sock >/dev/null 2>&1 && break; sleep 0.1; done
  "${emit_command[@]}" --emit-server --output "$work/neptune" --project-dir "$work/with" >/dev/null # its first emit
  for i in $(seq "$runs"); do
    rm -rf "$work/neptune"
    timed emitter "${emit_command[@]}" --output "$work/neptune" --project-dir "$work/with"
    timed hello dotnet exec "$work/hello/bin/hello.dll"
    rm -rf "$work/neptune"
    timed emitter-server "${emit_command[@]}" --emit-server --output "$work/neptune" --project-dir "$work/with"
  done
  "${emit_command[@]}" --emit-server --stop-server >/dev/null
  unset XDG_RUNTIME_DIR
  echo "== the emitter process (what dotnet build starts) for Neptune, from the package, ${CONSUMER_TFM:-net10.0} consumer"
  report "emitter, Neptune, one-off" emitter
  report "emitter, Neptune, handed to a warm server" emitter-server
  report "hello world, dotnet exec" hello
  echo "emitter / hello world: one-off $(ratio "$(seconds emitter)" "$(seconds hello)")x, with the emit server $(ratio "$(seconds emitter-server)" "$(seconds hello)")x"
fi

# build_compare TAG: a one-line edit + dotnet build of the three consumers, interleaved. Each round builds them
# in another of the six orders, in turn: a build may be slower or faster for the build just before it (what
# the last build left running or cached), and in a fixed order one variant would always pay that, the
# others never (with / without measured 1.037x in rounds that built with second, 1.017x in those that built it
# first, 20 rounds each).
build_compare() {
  local tag="$1" i variant
  local orders=("with library without" "without with library" "library without with"
    "with without library" "library with without" "without library with")
  for i in $(seq "$runs"); do
    for variant in ${orders[$(( (i - 1) % 6 ))]}; do
      echo "namespace Consumer; public static class Edited { public const int Value = $i$RANDOM; }" > "$work/$variant/Edited.cs"
      timed "build-$tag-$variant" dotnet build "$work/$variant" --no-restore
    done
  done
  report "consumer with Postfix.Dsl (emits neptune)" "build-$tag-with"
  report "same project without the package" "build-$tag-without"
  report "same C# against the library alone" "build-$tag-library"
  echo "with / without: $(ratio "$(seconds "build-$tag-with")" "$(seconds "build-$tag-without")")x    with / library alone: $(ratio "$(seconds "build-$tag-with")" "$(seconds "build-$tag-library")")x"
  # The same from each round's builds, which ran seconds apart: a machine that speeds up or slows down
  # during the run (it does, by 10-30% over minutes here) moves both builds of a round alike.
  echo "paired, the median of each round's ratio: with / without $(paired "build-$tag-with" "build-$tag-without")    with / library alone $(paired "build-$tag-with" "build-$tag-library")"
}

# paired A B: the median over the runs of A's time in run i divided by B's time in run i, and its 95%
# bootstrap interval (the rounds resampled 10,000 times, a fixed seed): how far another run of as many
# rounds on the same machine may land. A single round's ratio spreads by +-10% here.
paired() {
  paste -d ' ' <(awk '{print $1}' "$work/$1.times") <(awk '{print $1}' "$work/$2.times") | python3 -c '
import random, statistics, sys
ratios = [float(a) / float(b) for a, b in (line.split() for line in sys.stdin)]
rng = random.Random(15)
medians = sorted(statistics.median(rng.choices(ratios, k=len(ratios))) for _ in range(10000))
print("%.3fx (95%% interval %.3f-%.3fx)" % (statistics.median(ratios), medians[250], medians[9749]))'
}

if has build; then
  package_feed
  consumer with
  consumer library
  consumer without
  # As the machine is set: with UseSharedCompilation=false (as here) neither the compiler server nor the emit server runs.
  # BUILD_SERVERS_ONLY=1 skips it, for the SDK's default alone.
  if [ "${BUILD_SERVERS_ONLY:-0}" != 1 ]; then
    echo "== a one-line edit + dotnet build (incremental, restored), ${CONSUMER_TFM:-net10.0} consumer, UseSharedCompilation=${UseSharedCompilation:-unset}"
    build_compare machine
  fi
  # The SDK's default: the compiler server, and the emit server (the build's task hands the emit over).
  export UseSharedCompilation=true XDG_RUNTIME_DIR="$work/run"; mkdir -p "$XDG_RUNTIME_DIR"
  # Starts both servers: each project has an edit to compile (a build with nothing to do starts neither).
  for variant in with library without; do
    echo "namespace Consumer; public static class Edited { public const int Value = -$RANDOM; }" > "$work/$variant/Edited.cs"
    dotnet build "$work/$variant" --no-restore >/dev/null
  done
  for _ in $(seq 100); do ls "$XDG_RUNTIME_DIR"/postfix-dsl/*.sock >/dev/null 2>&1 && break; sleep 0.1; done
  echo "== the same with the SDK's default, UseSharedCompilation=true: the compiler server, and the emit server"
  build_compare servers
  dotnet build "$work/with" --no-restore -t:PostfixDslStopEmitServer >/dev/null
  unset UseSharedCompilation XDG_RUNTIME_DIR
fi
