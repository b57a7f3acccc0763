global using Forum.Data;
global using Forum.Data.Writing;
global using Forum.Domain.Moderation;
global using Forum.Domain.Pseudonyms;
global using Forum.Domain.Safety;
