namespace Postfix.Dsl.Tool.Import;

/// <summary>Input the importer cannot read: the message names the file, the line, the value and the expected form.</summary>
internal sealed class ImportException(string message) : System.Exception(message);
