# One image for every service of the platform; docker-compose.yml picks the entry point.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npx turbo run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production APOLLO_TELEMETRY_DISABLED=1
WORKDIR /app
COPY --from=build /app /app
USER node
