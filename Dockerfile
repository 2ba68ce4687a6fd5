# The service image. A build stage compiles src/ to dist/ (npm ci runs `prepare`); the image
# keeps the production dependencies and the compiled code only, so `kg` starts from JavaScript.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY bin ./bin
COPY db ./db
COPY src ./src
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
  && node node_modules/esbuild/install.js
COPY bin ./bin
COPY schema ./schema
COPY --from=build /app/dist ./dist
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["node", "bin/kg.mjs", "serve"]
