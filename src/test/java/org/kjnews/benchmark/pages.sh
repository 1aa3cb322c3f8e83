#!/usr/bin/env bash
# Page throughput of the application against nginx serving the same bytes (issue 5), side by side in one run.
#
#   src/test/java/org/kjnews/benchmark/pages.sh [SEEDS_DIR [DATA_DIR]]
#
# Needs the packaged jar (./mvnw package, or the benchmark profile's verify), wrk and nginx
# (apt-get install -y wrk nginx). Starts the jar on the seeds (default: seeds/, fresh data folder under
# target/pages/), saves the home page and one article page as static files, serves them with nginx on a loopback
# port, and runs `wrk -t2 -c32 -d10s` against nginx and the application for both pages. Prints requests per second,
# the ratio, and what the application answers to conditional requests. Stops both servers it started.
# Environment: DURATION (10s), CONNECTIONS (32), THREADS (2), HEAP (1g).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../../../../../.." && pwd)"
cd "$ROOT"
SEEDS="${1:-$ROOT/seeds}"
WORK="$ROOT/target/pages"
DATA="${2:-$WORK/data}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
HEAP="${HEAP:-1g}"

JAR="$(ls "$ROOT"/target/kjnews-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)"
[ -n "$JAR" ] || { echo "no target/kjnews-*.jar: run ./mvnw package first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$NGINX" ] || { echo "nginx is not installed (apt-get install -y nginx)" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
APP_PORT="$(free_port)"
NGINX_PORT="$(free_port)"

rm -rf "$WORK/www" "$WORK/nginx"
[ -n "${2:-}" ] || rm -rf "$DATA"
mkdir -p "$WORK/www" "$WORK/nginx/logs" "$WORK/nginx/tmp"

APP_PID=""
NGINX_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null || true
}
trap cleanup EXIT

start=$(date +%s.%N)
java -Xmx"$HEAP" -jar "$JAR" --kjnews.seeds-dir="$SEEDS" --kjnews.data-dir="$DATA" --server.port="$APP_PORT" \
  --management.endpoint.health.probes.enabled=true >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 3000); do
  if curl -sf "http://127.0.0.1:$APP_PORT/actuator/health/readiness" >/dev/null 2>&1; then break; fi
  kill -0 "$APP_PID" 2>/dev/null || { echo "the application exited; see $WORK/app.log" >&2; exit 1; }
  sleep 0.05
done
ready=$(date +%s.%N)
printf 'application ready in %.2f s (java -Xmx%s -jar, %s)\n' "$(python3 -c "print($ready - $start)")" "$HEAP" "$SEEDS"

APP="http://127.0.0.1:$APP_PORT"
SLUG="$(curl -sf "$APP/api/articles?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')"
ARTICLE_PATH="/articles/$SLUG"
curl -sf "$APP/" -o "$WORK/www/index.html"
curl -sf "$APP$ARTICLE_PATH" -o "$WORK/www/article.html"

cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  types { text/html html; }
  default_type text/html;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path $WORK/nginx/tmp;
  proxy_temp_path $WORK/nginx/tmp;
  fastcgi_temp_path $WORK/nginx/tmp;
  uwsgi_temp_path $WORK/nginx/tmp;
  scgi_temp_path $WORK/nginx/tmp;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location = / { try_files /index.html =404; }
  }
}
EOF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$NGINX_PORT/" >/dev/null 2>&1 && break; sleep 0.05; done
NG="http://127.0.0.1:$NGINX_PORT"

rps() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" "$2" 2>&1 | awk '/Requests\/sec/ {print $2}'; }
bytes() { curl -s "$1" | wc -c; }

# warm the application's JIT before measuring (nginx needs none)
rps 5s "$APP/" >/dev/null
rps 5s "$APP$ARTICLE_PATH" >/dev/null

echo
printf '%-9s %-34s %9s %14s %14s %8s\n' page "app path" bytes "nginx req/s" "app req/s" "app/nginx"
for page in home article; do
  if [ "$page" = home ]; then app_url="$APP/"; ng_url="$NG/"; path="/"; else app_url="$APP$ARTICLE_PATH"; ng_url="$NG/article.html"; path="$ARTICLE_PATH"; fi
  nb=$(bytes "$ng_url"); ab=$(bytes "$app_url")
  n=$(rps "$DURATION" "$ng_url")
  a=$(rps "$DURATION" "$app_url")
  ratio=$(python3 -c "print(f'{$a/$n:.3f}' if $n else 'n/a')")
  printf '%-9s %-34s %9s %14s %14s %8s\n' "$page" "$path" "$ab" "$n" "$a" "$ratio"
  [ "$nb" = "$ab" ] || echo "  note: nginx served $nb bytes, the application $ab (the page changed between fetches?)"
done
echo "(wrk -t$THREADS -c$CONNECTIONS -d$DURATION on loopback; wrk, nginx and the application share $(nproc) cores;"
echo " target: the application at no less than 1/10 of nginx, i.e. app/nginx >= 0.100)"

echo
echo "conditional requests (headers of a GET; a HEAD is checked for its ETag too):"
for page in home article; do
  if [ "$page" = home ]; then url="$APP/"; else url="$APP$ARTICLE_PATH"; fi
  headers="$(curl -s -D - -o /dev/null "$url" | tr -d '\r')"
  head_etag="$(curl -sI "$url" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}')"
  status=$(echo "$headers" | head -1)
  etag=$(echo "$headers" | awk -F': ' 'tolower($1)=="etag" {print $2}')
  lastmod=$(echo "$headers" | awk -F': ' 'tolower($1)=="last-modified" {print $2}')
  cc=$(echo "$headers" | awk -F': ' 'tolower($1)=="cache-control" {print $2}')
  echo "  $page: $status; ETag: ${etag:-(none)}; Last-Modified: ${lastmod:-(none)}; Cache-Control: ${cc:-(none)}; ETag on HEAD: ${head_etag:-(none)}"
  inm="${etag:-\"x\"}"
  s1=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $inm" "$url")
  ims="${lastmod:-$(date -u -d '+1 day' '+%a, %d %b %Y %H:%M:%S GMT')}"
  s2=$(curl -s -o /dev/null -w '%{http_code}' -H "If-Modified-Since: $ims" "$url")
  echo "    If-None-Match: $inm -> $s1; If-Modified-Since: $ims -> $s2 (304 expected when supported)"
done
ng_headers="$(curl -sI "$NG/article.html" | tr -d '\r')"
ng_etag=$(echo "$ng_headers" | awk -F': ' 'tolower($1)=="etag" {print $2}')
echo "  nginx for reference: If-None-Match: $ng_etag -> $(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ng_etag" "$NG/article.html")"
