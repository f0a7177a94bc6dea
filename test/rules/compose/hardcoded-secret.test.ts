import rule from '../../../rules/compose/hardcoded-secret';
import { testRule } from '../../harness/rule-tester';

const title = (name: string) => `Read ${name} from the environment (changes runtime behaviour: the value must now come from the environment or .env)`;

testRule(rule, {
  valid: [
    'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it}\n      POSTGRES_PASSWORD_FILE: /run/secrets/db\n      POSTGRES_USER: app\n',
    'services:\n  db:\n    environment:\n      - MYSQL_ROOT_PASSWORD\n      - MYSQL_PASSWORD=${DB_PASS}\n      - MYSQL_RANDOM_ROOT_PASSWORD=yes\n      - TOKEN_EXPIRY=3600\n',
    { name: 'empty values are a different problem', code: 'services:\n  db:\n    environment:\n      REDIS_PASSWORD: ""\n      API_KEY:\n' },
    { name: 'URL without a password or with an interpolated one', code: 'services:\n  app:\n    environment:\n      DATABASE_URL: postgres://app@db/app\n      CACHE_URL: redis://:${REDIS_PASSWORD}@cache:6379\n' },
    { name: 'command with interpolated secrets', code: 'services:\n  cache:\n    command: redis-server --requirepass ${REDIS_PASSWORD}\n' },
    {
      name: 'client password flags from variables, a prompt (-p alone) and a port (-P)',
      code: 'services:\n  cache:\n    healthcheck:\n      test: ["CMD-SHELL", "redis-cli -a \\"$$REDIS_PASSWORD\\" ping"]\n  db:\n    healthcheck:\n      test: ["CMD", "mysqladmin", "ping", "-P", "3306", "-p"]\n  mongo:\n    healthcheck:\n      test: mongosh -u admin -p ${MONGO_PASSWORD} --eval "db.runCommand(1)"\n',
    },
    { name: '-a of another program', code: 'services:\n  app:\n    command: ["redis-cli", "ping", "&&", "tar", "-a", "archive.tgz"]\n' },
    { name: 'expanded by the container shell at run time', code: 'services:\n  db:\n    command: ["sh", "-c", "mysqld --password=\\"$$(cat /run/secrets/pw)\\" --token $$TOKEN"]\n' },
  ],
  invalid: [
    {
      name: 'map form: quotes kept, comment kept',
      code: 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: "s3cr3t-Value" # dev\n      API_KEY: abc123def\n',
      errors: [
        { messageId: 'variable', line: 4, column: 26, endLine: 4, endColumn: 40, fixTitles: [title('POSTGRES_PASSWORD')] },
        { messageId: 'variable', line: 5, column: 16, endLine: 5, endColumn: 25 },
      ],
      output: 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}" # dev\n      API_KEY: ${API_KEY:?API_KEY must be set}\n',
    },
    {
      name: 'list form, CRLF',
      code: 'services:\r\n  db:\r\n    environment:\r\n      - MYSQL_ROOT_PASSWORD=hunter22\r\n      - "JWT_SECRET=abc"\r\n',
      errors: [
        { messageId: 'variable', line: 4, column: 29, endLine: 4, endColumn: 37 },
        { messageId: 'variable', line: 5, column: 21, endLine: 5, endColumn: 24 },
      ],
      output: 'services:\r\n  db:\r\n    environment:\r\n      - MYSQL_ROOT_PASSWORD=${MYSQL_ROOT_PASSWORD:?MYSQL_ROOT_PASSWORD must be set}\r\n      - "JWT_SECRET=${JWT_SECRET:?JWT_SECRET must be set}"\r\n',
    },
    {
      name: 'one variable per service when services give it different literals',
      code: 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: s3cr3tA\n  reports:\n    environment:\n      POSTGRES_PASSWORD: s3cr3tB\n',
      errors: [
        { messageId: 'variable', line: 4, column: 26, endLine: 4, endColumn: 33, fixTitles: [title('DB_POSTGRES_PASSWORD')] },
        { messageId: 'variable', line: 7, column: 26, endLine: 7, endColumn: 33, fixTitles: [title('REPORTS_POSTGRES_PASSWORD')] },
      ],
      output: 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${DB_POSTGRES_PASSWORD:?DB_POSTGRES_PASSWORD must be set}\n  reports:\n    environment:\n      POSTGRES_PASSWORD: ${REPORTS_POSTGRES_PASSWORD:?REPORTS_POSTGRES_PASSWORD must be set}\n',
    },
    {
      name: 'one shared variable when services give it the same literal, URL passwords included',
      code: 'services:\n  db:\n    environment:\n      DATABASE_PASSWORD: pa55word\n  app:\n    environment:\n      DATABASE_URL: postgres://app:pa55word@db/app\n',
      errors: [
        { messageId: 'variable', line: 4, column: 26, endLine: 4, endColumn: 34, fixTitles: [title('DATABASE_PASSWORD')] },
        { messageId: 'url', line: 7, column: 36, endLine: 7, endColumn: 44, fixTitles: [title('DATABASE_PASSWORD')] },
      ],
      output: 'services:\n  db:\n    environment:\n      DATABASE_PASSWORD: ${DATABASE_PASSWORD:?DATABASE_PASSWORD must be set}\n  app:\n    environment:\n      DATABASE_URL: postgres://app:${DATABASE_PASSWORD:?DATABASE_PASSWORD must be set}@db/app\n',
    },
    {
      name: 'password inside a connection URL',
      code: 'services:\n  app:\n    environment:\n      DATABASE_URL: postgres://app:pa55word@db:5432/app\n',
      errors: [{ messageId: 'url', line: 4, column: 36, endLine: 4, endColumn: 44, fixTitles: [title('DATABASE_PASSWORD')] }],
      output: 'services:\n  app:\n    environment:\n      DATABASE_URL: postgres://app:${DATABASE_PASSWORD:?DATABASE_PASSWORD must be set}@db:5432/app\n',
    },
    {
      name: 'command string and list',
      code: 'services:\n  cache:\n    command: redis-server --requirepass hunter2 --appendonly yes\n  app:\n    command: ["app", "--db-password=hunter2"]\n  job:\n    command: ["sh", "-c", "backup --token t0k3n --to s3"]\n',
      errors: [
        { messageId: 'command', line: 3, column: 41, endLine: 3, endColumn: 48 },
        { messageId: 'command', line: 5, column: 37, endLine: 5, endColumn: 44 },
        { messageId: 'command', message: '--token', line: 7, column: 43, endLine: 7, endColumn: 48 },
      ],
      output: 'services:\n  cache:\n    command: redis-server --requirepass ${CACHE_REQUIREPASS:?CACHE_REQUIREPASS must be set} --appendonly yes\n  app:\n    command: ["app", "--db-password=${APP_DB_PASSWORD:?APP_DB_PASSWORD must be set}"]\n  job:\n    command: ["sh", "-c", "backup --token ${JOB_TOKEN:?JOB_TOKEN must be set} --to s3"]\n',
    },
    {
      name: "a URL holding the database's password reads the database's variable; a URL with another password gets its own",
      code: 'services:\n  app:\n    environment:\n      DATABASE_URL: postgres://app:Vq9xL2mR7@db/app\n      CACHE_URL: redis://:Zt5pK8wN3@cache:6379\n  db:\n    environment:\n      POSTGRES_PASSWORD: Vq9xL2mR7\n',
      errors: [
        { messageId: 'url', message: 'DATABASE_URL', line: 4, column: 36, endLine: 4, endColumn: 45 },
        { messageId: 'url', message: 'CACHE_URL', line: 5, column: 27, endLine: 5, endColumn: 36 },
        { messageId: 'variable', message: 'POSTGRES_PASSWORD', line: 8, column: 26, endLine: 8, endColumn: 35 },
      ],
      output:
        'services:\n  app:\n    environment:\n      DATABASE_URL: postgres://app:${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}@db/app\n      CACHE_URL: redis://:${CACHE_PASSWORD:?CACHE_PASSWORD must be set}@cache:6379\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}\n',
    },
    {
      name: "a connection URL on a healthcheck's command line; its password is the database's, so it reads that variable",
      code: 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: Vq9xL2mR7\n    healthcheck:\n      test: ["CMD", "pg_isready", "-d", "postgresql://app:Vq9xL2mR7@localhost/app"]\n',
      errors: [
        { messageId: 'variable', line: 4, column: 26, endLine: 4, endColumn: 35 },
        { messageId: 'url', message: 'The connection URL in the healthcheck contains a literal password', line: 6, column: 59, endLine: 6, endColumn: 68 },
      ],
      output:
        'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}\n    healthcheck:\n      test: ["CMD", "pg_isready", "-d", "postgresql://app:${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}@localhost/app"]\n',
    },
    {
      name: 'a command string in a flow mapping is quoted when the reference would end the plain scalar',
      code: 'services:\n  cache: {image: "redis:7.2", command: redis-server --requirepass hunter2}\n',
      errors: [{ messageId: 'command', line: 2, column: 67, endLine: 2, endColumn: 74 }],
      output: 'services:\n  cache: {image: "redis:7.2", command: "redis-server --requirepass ${CACHE_REQUIREPASS:?CACHE_REQUIREPASS must be set}"}\n',
    },
    {
      name: 'database clients in healthchecks and an entrypoint: redis-cli -a, mysqladmin -p<password>, mongosh -p',
      code: 'services:\n  cache:\n    healthcheck:\n      test: ["CMD", "redis-cli", "-a", "s3cretpass", "ping"]\n  db:\n    healthcheck:\n      test: mysqladmin ping -h localhost -pS3cretPw\n  mongo:\n    entrypoint: ["sh", "-c", "mongosh -u admin -p m0ng0pw --eval ping"]\n',
      errors: [
        { messageId: 'healthcheck', message: 'The healthcheck passes a literal secret to redis-cli -a;', line: 4, column: 41, endLine: 4, endColumn: 51 },
        { messageId: 'healthcheck', message: 'to mysqladmin -p;', line: 7, column: 44, endLine: 7, endColumn: 52 },
        { messageId: 'command', message: 'to mongosh -p;', line: 9, column: 51, endLine: 9, endColumn: 58 },
      ],
      output:
        'services:\n  cache:\n    healthcheck:\n      test: ["CMD", "redis-cli", "-a", "${CACHE_REDIS_PASSWORD:?CACHE_REDIS_PASSWORD must be set}", "ping"]\n  db:\n    healthcheck:\n      test: mysqladmin ping -h localhost -p${DB_MYSQL_PASSWORD:?DB_MYSQL_PASSWORD must be set}\n  mongo:\n    entrypoint: ["sh", "-c", "mongosh -u admin -p ${MONGO_MONGOSH_PASSWORD:?MONGO_MONGOSH_PASSWORD must be set} --eval ping"]\n',
    },
    {
      name: 'block scalar command: the replacement keeps the line break before the next key',
      code: 'services:\n  r:\n    image: redis:7\n    command: >\n      redis-server --requirepass sup3rs3cret\n    user: "999"\n',
      errors: [{ line: 5, column: 34, endLine: 5, endColumn: 45 }],
      output: 'services:\n  r:\n    image: redis:7\n    command: "redis-server --requirepass ${R_REQUIREPASS:?R_REQUIREPASS must be set}\\n"\n    user: "999"\n',
    },
    {
      name: 'block scalar values: the value without its header and trailing line breaks; a list item on the part after =',
      code: 'services:\n  app:\n    environment:\n      API_TOKEN: |\n        s3cr3t-value-123\n      SECRET_KEY: >-\n        abc\n        def\n  b:\n    environment:\n      - >-\n        JWT_SECRET=xyz789\n',
      errors: [
        { messageId: 'variable', message: 'API_TOKEN is set', line: 5, column: 9, endLine: 5, endColumn: 25 },
        { messageId: 'variable', message: 'SECRET_KEY is set', line: 7, column: 9, endLine: 8, endColumn: 12 },
        { messageId: 'variable', message: 'JWT_SECRET is set', line: 12, column: 20, endLine: 12, endColumn: 26 },
      ],
      output:
        'services:\n  app:\n    environment:\n      API_TOKEN: "${API_TOKEN:?API_TOKEN must be set}"\n      SECRET_KEY: "${SECRET_KEY:?SECRET_KEY must be set}"\n  b:\n    environment:\n      - "JWT_SECRET=${JWT_SECRET:?JWT_SECRET must be set}"\n',
    },
    {
      name: 'flow environment: the new value is quoted so it stays one scalar',
      code: 'services:\n  app: {environment: {SECRET_KEY: abc}}\n',
      errors: [{ line: 2, column: 35, endLine: 2, endColumn: 38 }],
      output: 'services:\n  app: {environment: {SECRET_KEY: "${SECRET_KEY:?SECRET_KEY must be set}"}}\n',
    },
    {
      name: 'written once in an anchor; build args',
      code: 'x-env: &env\n  environment:\n    AUTH_TOKEN: tok3n\nservices:\n  a:\n    <<: *env\n  b:\n    <<: *env\n    build:\n      context: .\n      args:\n        NPM_TOKEN: npm_abc\n',
      errors: [
        { messageId: 'variable', message: 'affects services a, b', line: 3, column: 17, endLine: 3, endColumn: 22 },
        { messageId: 'buildArg', line: 12, column: 20, endLine: 12, endColumn: 27 },
      ],
      output: 'x-env: &env\n  environment:\n    AUTH_TOKEN: ${AUTH_TOKEN:?AUTH_TOKEN must be set}\nservices:\n  a:\n    <<: *env\n  b:\n    <<: *env\n    build:\n      context: .\n      args:\n        NPM_TOKEN: ${NPM_TOKEN:?NPM_TOKEN must be set}\n',
    },
  ],
});
