# A stand-in for the official postgres:15 image, for machines that cannot pull it: the same paths, variables
# and entrypoint contract, so docker-compose.yml and Testcontainers' PostgreSqlBuilder treat it the same.
ARG BASE
FROM ${BASE}
ENV PATH=/usr/lib/postgresql/15/bin:$PATH PGDATA=/var/lib/postgresql/data
RUN install -d -o postgres -g postgres -m 2775 /var/run/postgresql \
 && install -d -o postgres -g postgres -m 700 "$PGDATA" \
 && install -d /docker-entrypoint-initdb.d
COPY postgres-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
VOLUME /var/lib/postgresql/data
ENTRYPOINT ["docker-entrypoint.sh"]
# Like the official image: SIGINT is PostgreSQL's fast shutdown, so `docker stop` does not wait out its timeout.
STOPSIGNAL SIGINT
EXPOSE 5432
CMD ["postgres"]
