#!/usr/bin/env bash
# How much ParametersAnalyzer costs in files that do not use Postfix.Dsl: builds a 200-file and a
# 1-file project (60 object creations per file, none of them Postfix.Dsl's) with ReportAnalyzer
# and prints the analyzer's time for each, three times. Run from the repository root after `dotnet build`.
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
for run in 1 2 3; do
  for n in 200 1; do
    log=$(cd "$work/p$n" && dotnet build --no-incremental -v:d 2>&1 || true)
    seconds=$(awk '/Postfix.Dsl.Analyzers.ParametersAnalyzer/ { print $1; exit }' <<<"$log")
    echo "run $run: $n file(s): ParametersAnalyzer ${seconds} s"
  done
done
