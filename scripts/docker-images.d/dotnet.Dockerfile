# Stand-ins for mcr.microsoft.com/dotnet/aspnet:10.0 and sdk:10.0, for machines that cannot pull them: the
# .NET install already on the machine, on Debian, with the official images' layout, user and variables, so
# the forum's Dockerfile builds unchanged.
ARG BASE
FROM ${BASE} AS aspnet
ENV APP_UID=1654 ASPNETCORE_HTTP_PORTS=8080 DOTNET_RUNNING_IN_CONTAINER=true DOTNET_ROOT=/usr/share/dotnet
RUN groupadd --gid=$APP_UID app && useradd --no-log-init --uid=$APP_UID --gid=$APP_UID --create-home app
COPY dotnet/dotnet dotnet/LICENSE.txt /usr/share/dotnet/
COPY dotnet/host /usr/share/dotnet/host
COPY dotnet/shared /usr/share/dotnet/shared
RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet
EXPOSE 8080

FROM aspnet AS sdk
ENV DOTNET_USE_POLLING_FILE_WATCHER=true NUGET_XMLDOC_MODE=skip DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
COPY dotnet/sdk /usr/share/dotnet/sdk
COPY dotnet/sdk-manifests /usr/share/dotnet/sdk-manifests
COPY dotnet/packs /usr/share/dotnet/packs
COPY dotnet/templates /usr/share/dotnet/templates
COPY ca/ /usr/local/share/ca-certificates/
RUN update-ca-certificates >/dev/null
