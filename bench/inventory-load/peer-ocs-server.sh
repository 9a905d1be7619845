#!/usr/bin/env bash
# The named peer of the inventory benchmark: OCS Inventory NG's own communication server (Debian's ocsinventory-server,
# Apache 2 + mod_perl, MariaDB), as packaged, on 127.0.0.1 only. Installs what is missing, creates the database from
# the schema that ships with ocsinventory-reports, points the server at it and (re)starts MariaDB and Apache.
# On a fresh Debian machine the install takes a few minutes (about 150 packages); later starts take seconds.
#
#   bench/inventory-load/peer-ocs-server.sh start [port]   # default 8089; prints the URL to post inventories to
#   bench/inventory-load/peer-ocs-server.sh reset          # empties the OCS database (fresh schema)
#   bench/inventory-load/peer-ocs-server.sh stop
#
# Needs root (it installs packages and edits /etc/apache2). Meant for a benchmark machine: it rewrites Apache's
# ports.conf to listen on 127.0.0.1:<port> only and disables the default site.
set -euo pipefail
action="${1:-start}"
port="${2:-${OCS_PEER_PORT:-8089}}"
db_name=ocsweb
db_user=ocs
db_password=ocs
schema=/usr/share/ocsinventory-reports/files/ocsbase_new.sql
server_conf=/etc/apache2/conf-available/ocsinventory-server.conf

as_root=()
[[ "$(id -u)" != 0 ]] && as_root=(sudo)

install_packages() {
    local missing=()
    for package in ocsinventory-server ocsinventory-reports mariadb-server apache2 libapache2-mod-perl2; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    if ((${#missing[@]} > 0)); then
        echo "peer-ocs-server: installing ${missing[*]} (a few minutes on a fresh machine)" >&2
        "${as_root[@]}" apt-get update >/dev/null
        "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}" >/dev/null
    fi
}

start_mariadb() {
    # Bound to loopback; the service script works without systemd (containers) and with it.
    printf '[mysqld]\nbind-address = 127.0.0.1\n' | "${as_root[@]}" tee /etc/mysql/mariadb.conf.d/99-bench-loopback.cnf >/dev/null
    "${as_root[@]}" /etc/init.d/mariadb restart >/dev/null
    for _ in $(seq 1 60); do "${as_root[@]}" mariadb -e 'SELECT 1' >/dev/null 2>&1 && return 0; sleep 1; done
    echo "peer-ocs-server: MariaDB did not start" >&2
    return 1
}

create_database() {
    # The same schema the OCS web installer (install.php) loads for a new database.
    "${as_root[@]}" mariadb <<SQL
DROP DATABASE IF EXISTS $db_name;
CREATE DATABASE $db_name CHARACTER SET utf8mb4;
CREATE USER IF NOT EXISTS '$db_user'@'localhost' IDENTIFIED BY '$db_password';
GRANT ALL PRIVILEGES ON $db_name.* TO '$db_user'@'localhost';
FLUSH PRIVILEGES;
SQL
    "${as_root[@]}" mariadb "$db_name" <"$schema"
}

configure_apache() {
    # The packaged configuration already names host localhost, database ocsweb, user ocs, password ocs; make sure.
    "${as_root[@]}" sed -i \
        -e "s|^\(\s*PerlSetEnv OCS_DB_HOST\).*|\1 localhost|" \
        -e "s|^\(\s*PerlSetEnv OCS_DB_NAME\).*|\1 $db_name|" \
        -e "s|^\(\s*PerlSetEnv OCS_DB_USER\).*|\1 $db_user|" \
        -e "s|^\(\s*PerlSetVar OCS_DB_PWD\).*|\1 $db_password|" "$server_conf"
    printf 'Listen 127.0.0.1:%s\n' "$port" | "${as_root[@]}" tee /etc/apache2/ports.conf >/dev/null
    "${as_root[@]}" a2dissite -q 000-default >/dev/null || true
    "${as_root[@]}" a2enconf -q ocsinventory-server >/dev/null
    # The server refuses a PROLOG (400) from agents it does not know; the Debian default list names no version of
    # FusionInventory-Agent exactly, so every site running it adds its user agent string, as here.
    grep -qx 'FusionInventory-Agent_v2.6-3' /etc/ocsinventory/extra_useragents ||
        echo 'FusionInventory-Agent_v2.6-3' | "${as_root[@]}" tee -a /etc/ocsinventory/extra_useragents >/dev/null
    "${as_root[@]}" mkdir -p /var/log/ocsinventory-server
    "${as_root[@]}" chown www-data: /var/log/ocsinventory-server
}

start_apache() {
    "${as_root[@]}" apache2ctl configtest >/dev/null 2>&1 || { "${as_root[@]}" apache2ctl configtest; return 1; }
    "${as_root[@]}" apache2ctl stop >/dev/null 2>&1 || true
    sleep 1
    "${as_root[@]}" apache2ctl start
    for _ in $(seq 1 60); do
        # The communication server answers GET with an empty 200 page only for known agents; any HTTP answer means up.
        curl -s -o /dev/null "http://127.0.0.1:$port/ocsinventory" && return 0
        sleep 0.5
    done
    echo "peer-ocs-server: Apache did not answer on 127.0.0.1:$port" >&2
    return 1
}

case "$action" in
    start)
        install_packages
        start_mariadb
        if ! "${as_root[@]}" mariadb -e "SELECT 1 FROM $db_name.config LIMIT 1" >/dev/null 2>&1; then
            create_database
        fi
        configure_apache
        start_apache
        echo "http://127.0.0.1:$port/ocsinventory"
        ;;
    reset)
        create_database
        ;;
    stop)
        "${as_root[@]}" apache2ctl stop >/dev/null 2>&1 || true
        "${as_root[@]}" /etc/init.d/mariadb stop >/dev/null 2>&1 || true
        ;;
    *)
        echo "usage: $0 start [port] | reset | stop" >&2
        exit 2
        ;;
esac
