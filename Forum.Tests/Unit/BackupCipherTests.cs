using Forum.Data.Backups;

namespace Forum.Tests.Unit;

/// <summary>The backup file's encryption: what goes in comes out, and any change, cut or wrong passphrase is refused.</summary>
public sealed class BackupCipherTests
{
    private const string Passphrase = "a long and private passphrase";

    private static readonly byte[] Contents = Enumerable.Range(0, BackupCipher.ChunkSize * 2 + 12345).Select(i => (byte)(i * 7)).ToArray();

    private static byte[] Encrypt(byte[] contents)
    {
        using var file = new MemoryStream();
        using (var encrypting = BackupCipher.Encrypting(file, Passphrase))
        {
            encrypting.Write(contents);
            encrypting.Finish();
        }
        return file.ToArray();
    }

    private static async Task<byte[]> DecryptAsync(byte[] file, string passphrase = Passphrase)
    {
        await using var decrypting = await BackupCipher.DecryptingAsync(new MemoryStream(file), passphrase);
        using var contents = new MemoryStream();
        await decrypting.CopyToAsync(contents);
        return contents.ToArray();
    }

    [Test]
    public async Task Contents_of_several_parts_come_back_as_written_and_are_not_in_the_file_in_the_clear()
    {
        var file = Encrypt(Contents);

        (await DecryptAsync(file)).ShouldBe(Contents);
        file.AsSpan().IndexOf(Contents.AsSpan(1000, 64)).ShouldBe(-1);
        Encrypt(Contents).ShouldNotBe(file, "a new salt, so a new key, for every file");
    }

    [Test]
    public async Task A_wrong_passphrase_is_named_as_such()
    {
        var refused = await Should.ThrowAsync<BackupRefused>(() => DecryptAsync(Encrypt(Contents), "another passphrase entirely"));
        refused.Message.ShouldContain("passphrase does not open this backup");
    }

    [Test]
    public async Task Any_changed_byte_or_cut_is_refused()
    {
        var file = Encrypt(Contents);
        var partEnd = BackupCipher.HeaderLength + 5 + BackupCipher.ChunkSize + BackupCipher.TagLength;
        var flippedLate = (byte[])file.Clone();
        flippedLate[^20] ^= 0x80;
        var lastFlagFaked = file[..partEnd];
        lastFlagFaked[BackupCipher.HeaderLength] = 1;

        foreach (var (damaged, what) in new[] { (flippedLate, "a flipped bit"), (file[..^1], "one byte short"), (file[..partEnd], "cut at a part's end"),
                     (lastFlagFaked, "a middle part marked as the last"), ([.. file, 0], "a byte added") })
            (await Should.ThrowAsync<BackupRefused>(() => DecryptAsync(damaged), what)).Message.ShouldNotBeEmpty();
    }

    [Test]
    public async Task A_file_that_is_not_a_backup_says_so()
    {
        var refused = await Should.ThrowAsync<BackupRefused>(() => DecryptAsync("PGDMP and other things"u8.ToArray()));
        refused.Message.ShouldContain("not a forum backup");
    }
}
