# One image recipe for all five services, chosen at build time:
#   docker build --build-arg SERVICE=customer-profile -t crm/customer-profile .
# SERVICE is only used in the last stage, so the build stages are shared (and cached) by all five.
ARG NODE_IMAGE=node:24-bookworm-slim

# ---- build: the whole workspace with dev dependencies (tsc, tsc-alias)
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: the compiler needs no install hook, and some dev tools' hooks (ssh2, cpu-features)
# want a C toolchain that the slim image does not have
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm run build

# ---- prod-deps: runtime dependencies only, installed apart so that no dev package reaches the image
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
# the only runtime hooks are @scarf/scarf (install telemetry) and a protobufjs version notice
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# ---- runtime
FROM ${NODE_IMAGE} AS runtime
ARG SERVICE
LABEL org.opencontainers.image.title="crm-${SERVICE}"
ENV NODE_ENV=production \
    SERVICE=${SERVICE}
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/dist ./dist
# fail the build, not the container, when SERVICE is missing or misspelt
RUN test -f "dist/services/${SERVICE}/src/main.js" \
    || { echo "build arg SERVICE='${SERVICE}' names no service in services/" >&2; exit 1; }
# the code stays root-owned and read-only for the process
USER node
# exec: node becomes PID 1 and gets SIGTERM itself, so NestJS shutdown hooks run on `docker stop`
CMD ["sh", "-c", "exec node dist/services/${SERVICE}/src/main.js"]
