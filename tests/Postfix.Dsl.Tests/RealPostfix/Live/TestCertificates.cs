using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography.X509Certificates;

namespace Postfix.Dsl.Tests.RealPostfix.Live;

/// <summary>
/// A private certificate authority made with openssl, and the key and chain files a host's
/// <c>smtpd_tls_chain_files</c> names, issued by it for the host's name: the live test's
/// stand-ins for the real certificates, so that a client can verify the session against the CA alone.
/// </summary>
internal sealed class TestCertificates
{
    private TestCertificates(string authorityFile, X509Certificate2 authority, IReadOnlyList<string> chainFiles)
    {
        AuthorityFile = authorityFile;
        Authority = authority;
        ChainFiles = chainFiles;
    }

    /// <summary>The CA's certificate file (PEM), for openssl s_client.</summary>
    public string AuthorityFile { get; }

    /// <summary>The CA's certificate, the only root a test client trusts.</summary>
    public X509Certificate2 Authority { get; }

    /// <summary>The files in the order of the model's list (each key, then its chain), in the test's folder.</summary>
    public IReadOnlyList<string> ChainFiles { get; }

    /// <summary>
    /// For each file of <paramref name="modelFiles"/> (keys and chains, as <see cref="TlsKeyPair.Files"/> lists them),
    /// a file of the same name in <paramref name="folder"/>: an ECDSA key where the name says ecdsa, an RSA key
    /// otherwise, and a chain (leaf for <paramref name="serverName"/>, then the CA) signing the key before it.
    /// </summary>
    public static TestCertificates Make(string folder, IReadOnlyList<string> modelFiles, string serverName)
    {
        var caKey = Path.Combine(folder, "test-ca.key");
        var caCert = Path.Combine(folder, "test-ca.pem");
        OpenSsl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", caKey, "-out", caCert,
            "-days", "2", "-subj", "/CN=Postfix.Dsl live test CA");
        var extensions = Path.Combine(folder, "server.ext");
        File.WriteAllText(extensions, $"subjectAltName=DNS:{serverName}\nextendedKeyUsage=serverAuth\nkeyUsage=digitalSignature,keyEncipherment\n");

        var files = new List<string>();
        string? key = null;
        foreach (var modelFile in modelFiles)
        {
            var path = Path.Combine(folder, Path.GetFileName(modelFile));
            files.Add(path);
            if (modelFile.EndsWith(".key", System.StringComparison.Ordinal))
            {
                key = path;
                if (modelFile.Contains("ecdsa", System.StringComparison.OrdinalIgnoreCase))
                {
                    OpenSsl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", key);
                }
                else
                {
                    OpenSsl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", key);
                }

                continue;
            }

            var request = path + ".csr";
            OpenSsl("req", "-new", "-key", key!, "-out", request, "-subj", "/CN=" + serverName);
            var leaf = path + ".leaf";
            OpenSsl("x509", "-req", "-in", request, "-CA", caCert, "-CAkey", caKey, "-CAcreateserial", "-out", leaf, "-days", "2", "-extfile", extensions);
            File.WriteAllText(path, File.ReadAllText(leaf) + File.ReadAllText(caCert));
        }

        return new TestCertificates(caCert, X509CertificateLoader.LoadCertificateFromFile(caCert), files);
    }

    private static void OpenSsl(params string[] arguments) =>
        PostfixTools.Run(PostfixTools.OpenSsl, arguments).AssertSuccess();
}
