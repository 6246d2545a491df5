# Build stage: the Maven wrapper builds the jar; dependencies get their own cached layer.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -q -DskipTests package \
    && java -Djarmode=tools -jar target/lectern-*.jar extract --destination /app \
    && mv /app/lectern-*.jar /app/app.jar

# Runtime stage: a JRE only, running as an unprivileged user. The H2 database lives in ./data,
# that is /app/data, which the user owns.
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 lectern \
    && useradd --system --uid 10001 --gid lectern --home-dir /app --shell /usr/sbin/nologin lectern \
    && mkdir -p /app/data \
    && chown -R lectern:lectern /app
WORKDIR /app
COPY --from=build --chown=lectern:lectern /app /app
USER lectern
# A class-data-sharing archive from a training start (context refresh only, in-memory database)
# cuts start-up time by about a third.
RUN java -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -jar app.jar \
        --spring.datasource.url=jdbc:h2:mem:training
EXPOSE 8080
VOLUME ["/app/data"]
# Health from the management port when MANAGEMENT_SERVER_PORT sets one (deploy/compose.yml does),
# else from the HTTP port: the script reads the same variables as the portal.
COPY --chown=lectern:lectern deploy/healthcheck.sh /app/healthcheck.sh
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD ["bash", "/app/healthcheck.sh"]
ENTRYPOINT ["java", "-XX:SharedArchiveFile=app.jsa", "-XX:MaxRAMPercentage=75", "-jar", "app.jar"]
