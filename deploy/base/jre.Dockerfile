# Runtime base: JRE 17 and curl (for the health check) from Debian (stands in for eclipse-temurin:17-jre).
ARG DEBIAN_IMAGE=keng-base/debian:bookworm
FROM ${DEBIAN_IMAGE}
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jre-headless curl ca-certificates \
 && rm -rf /var/lib/apt/lists/*
