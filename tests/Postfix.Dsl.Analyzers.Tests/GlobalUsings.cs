global using ParametersVerify = Postfix.Dsl.Analyzers.Tests.Verify<Postfix.Dsl.Analyzers.ParametersAnalyzer, Postfix.Dsl.Analyzers.Tests.NoCodeFix>;
global using ServiceVerify = Postfix.Dsl.Analyzers.Tests.Verify<Postfix.Dsl.Analyzers.ServiceAnalyzer, Postfix.Dsl.Analyzers.Tests.NoCodeFix>;
global using PatternVerify = Postfix.Dsl.Analyzers.Tests.Verify<Postfix.Dsl.Analyzers.PatternAnalyzer, Postfix.Dsl.Analyzers.Tests.NoCodeFix>;
global using TableKeyVerify = Postfix.Dsl.Analyzers.Tests.Verify<Postfix.Dsl.Analyzers.TableKeyAnalyzer, Postfix.Dsl.Analyzers.Tests.NoCodeFix>;
global using SecretVerify = Postfix.Dsl.Analyzers.Tests.Verify<Postfix.Dsl.Analyzers.SecretAnalyzer, Postfix.Dsl.Analyzers.Tests.NoCodeFix>;
