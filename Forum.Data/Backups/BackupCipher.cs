using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Forum.Data.Backups;

/// <summary>
/// The encrypted envelope of a backup file. It holds the Data Protection key ring, which can forge a moderator's
/// cookie, so it is never written in the clear. AES-256-GCM in chunks of 1 MiB under a key from PBKDF2-SHA256
/// with a random salt. Each chunk's nonce is its number (the key is new for every file, so a number never repeats
/// under one key) and its associated data is the file's header, its number and whether it is the last: a chunk
/// moved, dropped, or a file cut short at a chunk boundary fails to authenticate, as does any changed byte.
/// </summary>
/// <remarks>
/// Layout: "FORUMBK1", PBKDF2 iterations (int32 big-endian), salt (16 bytes); then chunks, each a last-chunk flag
/// (1 byte), the ciphertext length (int32 big-endian), the ciphertext and its 16-byte tag.
/// </remarks>
public static class BackupCipher
{
    public const int Iterations = 600_000;
    public const string Damaged = "This backup file is damaged or incomplete (a part of it does not match what was written), so nothing was restored.";
    public const int ChunkSize = 1 << 20;
    internal static ReadOnlySpan<byte> Magic => "FORUMBK1"u8;
    public const int HeaderLength = 8 + 4 + 16;
    public const int TagLength = 16;

    // A header may ask for more work than we write (a later version), but not so much that opening it hangs.
    private const int MaxIterations = 10_000_000;

    public static EncryptingStream Encrypting(Stream output, string passphrase) => new(output, passphrase);

    /// <summary>Reads the header and the first chunk, so a wrong passphrase is known before anything else happens.</summary>
    public static async Task<Stream> DecryptingAsync(Stream input, string passphrase, CancellationToken cancellationToken = default)
    {
        var header = new byte[HeaderLength];
        if (await input.ReadAtLeastAsync(header, HeaderLength, throwOnEndOfStream: false, cancellationToken) < HeaderLength
            || !header.AsSpan(0, 8).SequenceEqual(Magic))
            throw new BackupRefused("This file is not a forum backup (or its beginning is missing).");
        var iterations = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(8));
        if (iterations is < Iterations or > MaxIterations)
            throw new BackupRefused("This file is not a forum backup this version can open (its key settings are out of range).");
        var stream = new DecryptingStream(input, header, DeriveKey(passphrase, header.AsSpan(12, 16), iterations));
        await stream.FillFirstAsync(cancellationToken);
        return stream;
    }

    internal static byte[] DeriveKey(string passphrase, ReadOnlySpan<byte> salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(passphrase), salt, iterations, HashAlgorithmName.SHA256, 32);

    internal static byte[] Nonce(long chunk)
    {
        var nonce = new byte[12];
        BinaryPrimitives.WriteInt64BigEndian(nonce.AsSpan(4), chunk);
        return nonce;
    }

    internal static byte[] AssociatedData(byte[] header, long chunk, bool last)
    {
        var data = new byte[HeaderLength + 9];
        header.CopyTo(data, 0);
        BinaryPrimitives.WriteInt64BigEndian(data.AsSpan(HeaderLength), chunk);
        data[^1] = last ? (byte)1 : (byte)0;
        return data;
    }

    public sealed class EncryptingStream : Stream
    {
        private readonly Stream _output;
        private readonly byte[] _header = new byte[HeaderLength];
        private readonly AesGcm _aes;
        private readonly byte[] _buffer = new byte[ChunkSize];
        private int _buffered;
        private long _chunk;
        private bool _headerWritten, _finished;

        internal EncryptingStream(Stream output, string passphrase)
        {
            _output = output;
            Magic.CopyTo(_header);
            BinaryPrimitives.WriteInt32BigEndian(_header.AsSpan(8), Iterations);
            RandomNumberGenerator.Fill(_header.AsSpan(12, 16));
            _aes = new AesGcm(DeriveKey(passphrase, _header.AsSpan(12, 16), Iterations), TagLength);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            // Bytes after the last chunk would be read back as damage, never as contents.
            if (_finished) throw new InvalidOperationException("The backup is already finished.");
            while (buffer.Length > 0)
            {
                if (_buffered == ChunkSize) WriteChunk(last: false);
                var take = Math.Min(buffer.Length, ChunkSize - _buffered);
                buffer[..take].CopyTo(_buffer.AsSpan(_buffered));
                _buffered += take;
                buffer = buffer[take..];
            }
        }

        /// <summary>Writes the last chunk. A stream disposed without it reads back as a file cut short.</summary>
        public void Finish()
        {
            if (_finished) throw new InvalidOperationException("The backup is already finished.");
            WriteChunk(last: true);
            _finished = true;
            _output.Flush();
        }

        public override void Flush() => _output.Flush();

        private void WriteChunk(bool last)
        {
            if (!_headerWritten)
            {
                _output.Write(_header);
                _headerWritten = true;
            }
            var sealedChunk = new byte[5 + _buffered + TagLength];
            sealedChunk[0] = last ? (byte)1 : (byte)0;
            BinaryPrimitives.WriteInt32BigEndian(sealedChunk.AsSpan(1), _buffered);
            _aes.Encrypt(Nonce(_chunk), _buffer.AsSpan(0, _buffered), sealedChunk.AsSpan(5, _buffered),
                sealedChunk.AsSpan(5 + _buffered), AssociatedData(_header, _chunk, last));
            _output.Write(sealedChunk);
            _chunk++;
            _buffered = 0;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _aes.Dispose();
            base.Dispose(disposing);
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    private sealed class DecryptingStream(Stream input, byte[] header, byte[] key) : Stream
    {
        private readonly AesGcm _aes = new(key, TagLength);
        private byte[] _plain = [];
        private int _position;
        private long _chunk;
        private bool _last;

        internal async Task FillFirstAsync(CancellationToken cancellationToken)
        {
            try
            {
                await ReadChunkAsync(cancellationToken);
            }
            catch (BackupRefused e) when (e.Message == Damaged)
            {
                // The first chunk fails the same way for a wrong passphrase and for a damaged beginning; the first is far likelier.
                throw new BackupRefused("The passphrase does not open this backup (or its first part is damaged). Nothing was restored.");
            }
        }

        private async Task ReadChunkAsync(CancellationToken cancellationToken)
        {
            var prefix = new byte[5];
            if (await input.ReadAtLeastAsync(prefix, 5, throwOnEndOfStream: false, cancellationToken) < 5) throw new BackupRefused(Damaged);
            var last = prefix[0] switch { 0 => false, 1 => true, _ => throw new BackupRefused(Damaged) };
            var length = BinaryPrimitives.ReadInt32BigEndian(prefix.AsSpan(1));
            if (length is < 0 or > ChunkSize) throw new BackupRefused(Damaged);
            var sealedChunk = new byte[length + TagLength];
            if (await input.ReadAtLeastAsync(sealedChunk, sealedChunk.Length, throwOnEndOfStream: false, cancellationToken) < sealedChunk.Length)
                throw new BackupRefused(Damaged);
            var plain = new byte[length];
            try
            {
                _aes.Decrypt(Nonce(_chunk), sealedChunk.AsSpan(0, length), sealedChunk.AsSpan(length), plain, AssociatedData(header, _chunk, last));
            }
            catch (AuthenticationTagMismatchException)
            {
                throw new BackupRefused(Damaged);
            }
            if (last && await input.ReadAsync(new byte[1], cancellationToken) > 0) throw new BackupRefused(Damaged);
            (_plain, _position, _last) = (plain, 0, last);
            _chunk++;
        }

        public override int Read(byte[] buffer, int offset, int count) =>
            ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            while (_position == _plain.Length)
            {
                if (_last) return 0;
                await ReadChunkAsync(cancellationToken);
            }
            var take = Math.Min(buffer.Length, _plain.Length - _position);
            _plain.AsMemory(_position, take).CopyTo(buffer);
            _position += take;
            return take;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        protected override void Dispose(bool disposing)
        {
            if (disposing) _aes.Dispose();
            base.Dispose(disposing);
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>A backup or restore that stopped with a reason the operator can act on; nothing was changed.</summary>
public sealed class BackupRefused(string message) : Exception(message);
