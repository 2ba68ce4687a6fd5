# The service image: Node 20 with the TypeScript sources run through tsx (no build step).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY bin ./bin
COPY db ./db
COPY schema ./schema
COPY src ./src
COPY tsconfig.json ./
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["node", "bin/kg.mjs", "serve"]
