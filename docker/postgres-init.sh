#!/bin/sh
# Run once by the postgres image when its data volume is new: the roles Custodian runs with. The
# owner migrates (the `migrate` service) and the application role runs the server and the
# workers; neither is a superuser, so neither can switch the audit trail's protections off.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$CUSTODIAN_OWNER_PASSWORD" -v app_password="$CUSTODIAN_APP_PASSWORD" <<'SQL'
CREATE ROLE custodian_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE custodian_app LOGIN PASSWORD :'app_password';
CREATE DATABASE custodian OWNER custodian_owner;
\c custodian
ALTER SCHEMA public OWNER TO custodian_owner;
SQL
