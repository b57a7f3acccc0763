// The namespaces most of the tests use, named once; files keep only what is particular to them.
// Forum.Data.Reading and the page objects stay per file: both have a StoryPage (the read model and the page object).
global using System.Net;
global using Forum.Domain;
global using Forum.Domain.Moderation;
global using Forum.Domain.Pseudonyms;
global using Forum.Domain.Rendering;
global using Forum.Domain.Safety;
global using Forum.Domain.Stories;
global using Forum.Tests.Infrastructure;
global using NUnit.Framework;
global using Shouldly;
