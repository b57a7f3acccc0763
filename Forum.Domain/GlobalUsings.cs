// The namespaces most of this project's files use, named once; files keep only what is particular to them.
global using System.Text;
global using Forum.Domain.Pseudonyms;
global using Forum.Domain.Reactions;
global using Forum.Domain.Stories;
global using Forum.Domain.Rendering;
global using Forum.Domain.Safety;
