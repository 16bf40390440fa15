# syntax=docker/dockerfile:1
# Production image of the app. PostgreSQL and SMTP are external services
# (see docker-compose.yml for a local stack); configuration comes from
# environment variables (ConnectionStrings__Reinscription, Smtp__*...).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source

# Restore first, from the project files only, so that the package layer is
# reused until a dependency changes. The globs pick up optional files.
COPY Directory.Build.props Directory.Packages.props .editorconfig* [Nn]u[Gg]et.[Cc]onfig* ./
COPY src/Reinscription.Domain/Reinscription.Domain.csproj src/Reinscription.Domain/
COPY src/Reinscription.Web/Reinscription.Web.csproj src/Reinscription.Web/
RUN dotnet restore src/Reinscription.Web/Reinscription.Web.csproj

COPY src/ src/
RUN dotnet publish src/Reinscription.Web/Reinscription.Web.csproj \
      -c Release -o /app --no-restore -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./

# The base image listens through ASPNETCORE_HTTP_PORTS=8080; clear it so that
# ASPNETCORE_URLS alone decides, without an "Overriding HTTP_PORTS" warning.
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS= \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080

# Non-root: the `app` user (UID in $APP_UID) that the .NET images provide.
USER $APP_UID
ENTRYPOINT ["dotnet", "Reinscription.Web.dll"]
