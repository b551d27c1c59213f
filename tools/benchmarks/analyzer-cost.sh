#!/usr/bin/env bash
# How much ParametersAnalyzer costs in files that do not use Postfix.Dsl: builds a 200-file and a
# 1-file project (60 object creations per file, none of them Postfix.Dsl's) with ReportAnalyzer
# and prints the analyzer's time for each, five times, then the medians and their ratio
# (the architecture issue asks for a ratio within 1.20). Run from the repository root after `dotnet build`.
set -euo pipefail
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in 200 1; do
  mkdir -p "$work/p$n"
  cat > "$work/p$n/p$n.csproj" <<CSPROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ReportAnalyzer>true</ReportAnalyzer></PropertyGroup>
  <ItemGroup>
    <Reference Include="$root/src/Postfix.Dsl/bin/Debug/net8.0/Postfix.Dsl.dll" />
    <Analyzer Include="$root/generators/Postfix.Dsl.Analyzers/bin/Debug/netstandard2.0/Postfix.Dsl.Analyzers.dll" />
  </ItemGroup>
</Project>
CSPROJ
  for ((i = 0; i < n; i++)); do
    {
      echo "using System.Collections.Generic;"
      echo "namespace App;"
      echo "public sealed record Thing$i { public int A { get; init; } public string B { get; init; } = \"\"; public List<int> C { get; init; } = new(); }"
      echo "public static class Use$i {"
      for ((j = 0; j < 20; j++)); do
        echo "  public static Thing$i M$j() => new Thing$i { A = $j, B = \"x$j\", C = new() { 1, 2, 3 } };"
        echo "  public static Thing$i N$j(Thing$i t) => t with { A = $j };"
        echo "  public static Dictionary<string, int> D$j() => new() { [\"a\"] = $j };"
      done
      echo "}"
    } > "$work/p$n/File$i.cs"
  done
done
declare -A times
for run in 1 2 3 4 5; do
  for n in 200 1; do
    log=$(cd "$work/p$n" && dotnet build --no-incremental -v:d 2>&1 || true)
    seconds=$(awk '/Postfix.Dsl.Analyzers.ParametersAnalyzer/ { print $1; exit }' <<<"$log")
    echo "run $run: $n file(s): ParametersAnalyzer ${seconds} s"
    times[$n]+="$seconds "
  done
done
median() { tr ' ' '\n' <<<"$1" | grep . | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
m200=$(median "${times[200]}")
m1=$(median "${times[1]}")
echo "median: 200 files ${m200} s, 1 file ${m1} s, ratio $(awk -v a="$m200" -v b="$m1" 'BEGIN { printf "%.2f\n", a / b }')"
