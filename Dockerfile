# Build stage: the Maven wrapper builds the jar; dependencies get their own cached layer.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
# The jar holds the bean definitions Spring's ahead-of-time processing works out from the build's
# settings; a start whose settings are the same uses them, any other starts the usual way
# (docs/operating.md, "Start-up"). AOT_SETTINGS builds it for a deployment's settings instead, as
# deploy/compose.yml does: docker build --build-arg AOT_SETTINGS="-Dspring.profiles.active=postgres ..."
ARG AOT_SETTINGS=""
RUN ./mvnw -B -ntp -q -DskipTests "-Dspring-boot.aot.jvmArguments=${AOT_SETTINGS}" package \
    && java -Djarmode=tools -jar target/lectern-*.jar extract --destination /app \
    && mv /app/lectern-*.jar /app/app.jar

# Runtime stage: a JRE only, running as an unprivileged user. The H2 database lives in ./data,
# that is /app/data, which the user owns. The jar is built for Java 17 and runs on a JDK 25 runtime
# for its ahead-of-time cache (below), which JDK 17's class-data sharing cannot match.
FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 lectern \
    && useradd --system --uid 10001 --gid lectern --home-dir /app --shell /usr/sbin/nologin lectern \
    && mkdir -p /app/data \
    && chown -R lectern:lectern /app
WORKDIR /app
COPY --from=build --chown=lectern:lectern /app /app
USER lectern
# The JVM's ahead-of-time cache from a training start that serves a lesson page (in-memory
# database, throw-away data folder): start-up and the first page find their classes loaded and
# linked, with their methods' profiles (docs/benchmarks.md, "Start-up").
COPY --chown=lectern:lectern deploy/aot-training.sh /app/aot-training.sh
RUN bash aot-training.sh app.aot
EXPOSE 8080
VOLUME ["/app/data"]
# Health from the management port when MANAGEMENT_SERVER_PORT sets one (deploy/compose.yml does),
# else from the HTTP port: the script reads the same variables as the portal.
COPY --chown=lectern:lectern deploy/healthcheck.sh /app/healthcheck.sh
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD ["bash", "/app/healthcheck.sh"]
ENTRYPOINT ["java", "-XX:AOTCache=app.aot", "-XX:MaxRAMPercentage=75", "-jar", "app.jar"]
