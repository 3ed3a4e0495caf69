# Build stage base: JDK 17 and Maven from Debian (stands in for maven:3.9-eclipse-temurin-17).
ARG DEBIAN_IMAGE=keng-base/debian:bookworm
FROM ${DEBIAN_IMAGE}
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven ca-certificates \
 && rm -rf /var/lib/apt/lists/*
