#!/usr/bin/env bash
# The architecture issue listed three tests that could not fail. This breaks, one at a time, what
# each guards, rebuilds (without the samples' emit, which would refuse the broken build first), runs
# the test that must catch it, and restores the file. Every line must end in "Failed: 1".
# Run from anywhere after `dotnet build`: tools/checks/tests-can-fail.sh
set -u
cd "$(dirname "$0")/../.."
run() { # name file sed-expression test-filter
  local name=$1 file=$2 expr=$3 filter=$4
  cp "$file" /tmp/mutation.bak
  sed -i "$expr" "$file"
  if cmp -s "$file" /tmp/mutation.bak; then echo "$name: MUTATION DID NOT APPLY"; return; fi
  dotnet build tests/Postfix.Dsl.Tests -v:q -p:PostfixDslEmitOnBuild=false > /tmp/mutation-build.log 2>&1 || { echo "$name: build failed"; tail -3 /tmp/mutation-build.log; }
  result=$(dotnet test tests/Postfix.Dsl.Tests --no-build --filter "$filter" 2>&1 | grep -E "^\s+(Passed|Failed):|Failed [A-Za-z]" | tr -s ' ' | tr '\n' ' ')
  echo "$name: $result"
  cp /tmp/mutation.bak "$file"
}
run "caching (EquatableArray never equal)" generators/Postfix.Dsl.Generators/Common/EquatableArray.cs \
  's/(_items ?? Array.Empty<T>()).SequenceEqual(other._items ?? Array.Empty<T>());/false;/' \
  "FullyQualifiedName~ParameterCatalogGeneratorTests"
run "PFX0008 compares names only" src/Postfix.Dsl/Validation/Checks/MasterCfChecks.cs \
  's/if (!seen.Add((service.Name, service.Type)))/if (!seen.Add((service.Name, ServiceType.Unix)))/' \
  "FullyQualifiedName~The_same_name_with_another_type_is_a_different_service"
run "engine flag renamed" src/Postfix.Dsl/Validation/Engines/PosixRegex.cs \
  '0,/("CaseSensitive"/s//("CaseSensitiv"/' \
  "FullyQualifiedName~PatternEngineFlagNamesTests"
dotnet build tests/Postfix.Dsl.Tests -v:q > /dev/null 2>&1
