// The namespaces most of this project's files use, named once; files keep only what is particular to them.
global using Forum.Domain;
global using Forum.Domain.Moderation;
global using Forum.Domain.Pseudonyms;
global using Forum.Domain.Reactions;
global using Forum.Domain.Rooms;
global using Forum.Domain.Safety;
global using Forum.Domain.Stories;
global using Microsoft.EntityFrameworkCore.Metadata.Builders;
