using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace Postfix.Dsl;

internal static partial class FleetEmit
{
    /// <summary>
    /// The table files of a fleet's first host, rendered and read back on a second core while the emit's
    /// thread validates the host. The first host is handled alone (it pays the process's cold start and
    /// its tables are the ones every later host reuses), and its tables are most of that time: for the
    /// benchmark's fleet, 20 ms of rendering and reading back a 10,000-entry access table and 1,000
    /// header rules after 16 ms of validation, with the second core idle.
    /// </summary>
    /// <remarks>
    /// This work starts before validation has passed, so nothing of it is used unless it does: the files
    /// are only staged (temporaries, removed with the rest of the batch when any host has an error, as a
    /// later host's are), their read-back differences are reported only for a valid host, and an
    /// exception is thrown only where the same file, handled after validation, would have thrown it. A
    /// table's bytes are kept for the hosts that follow only when they read back as the table, whatever
    /// the host's other values. A host whose name or files cannot be staged safely gets nothing ahead.
    /// </remarks>
    private sealed class TablesAhead : IDisposable
    {
        private readonly FileOutcome?[] _done;
        private readonly Thread _thread;
        private ExceptionDispatchInfo? _failure;

        private TablesAhead(MailHost host, IReadOnlyList<FileRender> files, string root, WriteBatch batch)
        {
            Files = files;
            _done = new FileOutcome?[files.Count];
            _thread = new Thread(() => Run(host, root, batch)) { IsBackground = true, Name = "Postfix.Dsl emit" };
            _thread.Start();
        }

        /// <summary>The host's files, as the emit's thread handles them too.</summary>
        public IReadOnlyList<FileRender> Files { get; }

        /// <summary>Starts the work, or returns null when there is none to do ahead or no second core to do it on.</summary>
        public static TablesAhead? Start(MailHost host, string root, TemplateSet templates, WriteBatch batch)
        {
            if (Environment.ProcessorCount < 2 || !HostFolderName.IsValid(host.Name))
            {
                return null;
            }

            IReadOnlyList<FileRender> files;
            try
            {
                files = HostRenderer.Files(host, templates);
            }
#pragma warning disable CA1031 // A model that cannot even list its files: validation reports why, and nothing is done ahead of it.
            catch (Exception)
#pragma warning restore CA1031
            {
                return null;
            }

            foreach (var file in files)
            {
                if (Ahead(file))
                {
                    return new TablesAhead(host, files, root, batch);
                }
            }

            return null;
        }

        /// <summary>
        /// What the file at <paramref name="index"/> came to, once the work ahead is done; null for a file
        /// the emit's thread handles itself. Throws what the work ahead met, as handling the file would have.
        /// </summary>
        public FileOutcome? Handled(int index)
        {
            if (!Ahead(Files[index]))
            {
                return null;
            }

            _thread.Join();
            _failure?.Throw();
            return _done[index];
        }

        /// <summary>Waits for the work ahead: nothing is staged after the host's outcome is in.</summary>
        public void Dispose() => _thread.Join();

        /// <summary>A table file of a built-in template (the ones a fleet shares), with a name that can be staged.</summary>
        private static bool Ahead(FileRender file) => file.Shared is not null && HostFolderName.IsValid(file.Name);

        private void Run(MailHost host, string root, WriteBatch batch)
        {
            try
            {
                SafePaths.RequireFolderOrNothing(Path.Combine(root, host.Name));
                for (var i = 0; i < Files.Count; i++)
                {
                    if (Ahead(Files[i]))
                    {
                        _done[i] = HandleFile(host, Files[i], keepsSharedTables: true, root, batch);
                    }
                }
            }
#pragma warning disable CA1031 // Thrown on the emit's thread if the host is valid (Handled), never lost on this one.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                _failure = ExceptionDispatchInfo.Capture(exception);
            }
        }
    }
}
