using System.Text;
using System.Xml;
using Forum.Data.Reading.Feeds;

namespace Forum.Web.Feeds;

/// <summary>
/// Atom 1.0 (RFC 4287) written with XmlWriter, so every value is escaped by the writer. Ids are tag: URIs built
/// from the site's host and the thread id, so an entry keeps its id whatever its title or address becomes.
/// Every stored string passes <see cref="PlainText.Storable"/> on its way in, since XML can't hold the controls and
/// noncharacters a row written before that rule (or by hand) may still have; and an entry that fails anyway is
/// left out, so one row never takes the feed down for everyone.
/// </summary>
public static class AtomFeedWriter
{
    public const string Namespace = "http://www.w3.org/2005/Atom";
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private const string TagDate = "2026";

    /// <param name="site">The site's origin, such as https://forum.example; links in the feed must be absolute.</param>
    /// <param name="now">The feed's "updated" when it has no entries yet.</param>
    public static byte[] Write(Feed feed, Uri site, DateTimeOffset now, ForumLinks links)
    {
        var authority = site.Host;
        var feedPath = feed.Room is null ? links.Feed() : links.RoomFeed(feed.Room.Slug);
        var pagePath = feed.Room is null ? links.Home() : links.Room(feed.Room.Slug);
        var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = false }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteElementString("title", Namespace, feed.Room is null ? "Forum: latest stories" : $"Forum: {PlainText.Line(feed.Room.Name)}");
            if (feed.Room is not null) xml.WriteElementString("subtitle", Namespace, PlainText.Storable(feed.Room.Description));
            xml.WriteElementString("id", Namespace, feed.Room is null ? $"tag:{authority},{TagDate}:feed" : $"tag:{authority},{TagDate}:room:{feed.Room.Slug}");
            Link(xml, "self", new Uri(site, feedPath), "application/atom+xml");
            Link(xml, "alternate", new Uri(site, pagePath), "text/html");
            xml.WriteElementString("updated", Namespace, Time(feed.Entries.Count > 0 ? feed.Entries.Max(e => e.CreatedAt) : now));
            xml.WriteStartElement("author", Namespace);
            xml.WriteElementString("name", Namespace, "Forum");
            xml.WriteEndElement();

            foreach (var entry in feed.Entries)
                if (EntryXml(entry, new Uri(site, links.Story(entry.Id, entry.Slug)), authority) is { } written) xml.WriteRaw(written);

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return buffer.ToArray();
    }

    /// <summary>One entry as XML text, or null when it can't be written.</summary>
    private static string? EntryXml(FeedEntry entry, Uri page, string authority)
    {
        var text = new StringWriter();
        try
        {
            using (var xml = XmlWriter.Create(text, new XmlWriterSettings { ConformanceLevel = ConformanceLevel.Fragment, Indent = true }))
                Entry(xml, entry, page, authority);
            return text.ToString();
        }
        catch (Exception e) when (e is ArgumentException or XmlException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static void Entry(XmlWriter xml, FeedEntry entry, Uri page, string authority)
    {
        var warnings = ContentWarningSet.FromCodes(entry.WarningCodes, entry.WarningLabel);
        xml.WriteStartElement("entry", Namespace);
        xml.WriteElementString("title", Namespace, PlainText.Line(entry.Title));
        xml.WriteElementString("id", Namespace, $"tag:{authority},{TagDate}:thread:{entry.Id}");
        Link(xml, "alternate", page, "text/html");
        xml.WriteElementString("published", Namespace, Time(entry.CreatedAt));
        xml.WriteElementString("updated", Namespace, Time(entry.CreatedAt));
        xml.WriteStartElement("author", Namespace);
        xml.WriteElementString("name", Namespace, PlainText.Line(entry.AuthorName ?? "a former member"));
        xml.WriteEndElement();
        xml.WriteStartElement("category", Namespace);
        xml.WriteAttributeString("term", PlainText.Line(entry.RoomName));
        xml.WriteEndElement();

        if (warnings.IsEmpty && entry.BodyHtml is not null)
        {
            // The stored HTML went through the sanitizer when it was written; XmlWriter escapes it as text.
            xml.WriteStartElement("content", Namespace);
            xml.WriteAttributeString("type", "html");
            xml.WriteString(PlainText.Storable(entry.BodyHtml));
            xml.WriteEndElement();
        }
        else
        {
            xml.WriteStartElement("summary", Namespace);
            xml.WriteAttributeString("type", "text");
            xml.WriteString(PlainText.Storable(WarningLine(warnings)));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>
    /// In place of a warned post's words: a feed reader has no fold and no reader's choice to open one, so the words
    /// stay on the forum, where the fold is.
    /// </summary>
    public static string WarningLine(ContentWarningSet warnings) =>
        (warnings.Names.Count == 1 ? "This post has a content warning: " : "This post has content warnings: ")
        + string.Join(", ", warnings.Names) + ". Read it on the forum.";

    private static void Link(XmlWriter xml, string rel, Uri href, string type)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href.AbsoluteUri);
        xml.WriteEndElement();
    }

    private static string Time(DateTimeOffset time) => XmlConvert.ToString(time.ToUniversalTime().UtcDateTime, XmlDateTimeSerializationMode.Utc);
}
