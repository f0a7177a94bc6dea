import { defineRule } from '../../server/engine/define-rule';
import type { ComposeFile } from '../../server/formats/compose/model';
import { defaultOf } from '../../server/formats/postgresql/params';
import { ALL_JUDGES } from '../postgresql/shared/all-judges';
import { commandSettings, commandWords, postgresServices } from '../postgresql/shared/compose-postgres';

const judges = ALL_JUDGES.filter((j) => j.inContainers !== false);
const messages: Record<string, string> = {};
for (const j of judges) for (const [id, text] of Object.entries(j.messages)) if (!/Default$|ByDefault$/.test(id)) messages[id] = text;

/** A value that can stand in a command argument unquoted. */
const PLAIN_ARGUMENT = /^[A-Za-z0-9_.:+!/-]+$/;

export default defineRule<ComposeFile>({
  format: 'compose',
  meta: {
    id: 'compose/postgres-settings',
    description: 'PostgreSQL settings passed on a postgres service\'s command line (-c name=value) get the same checks as postgresql.conf: TLS, password hashing, connection and statement logging, WAL archiving, preload paths.',
    checklist: [
      'postgres-access-control.connection-encryption-ssl-tls',
      'postgres-access-control.strong-database-passwords',
      'postgres-configuration-security.connection-logging-enabled',
      'postgres-configuration-security.query-logging-enabled',
      'postgres-data-protection.point-in-time-recovery-configured',
    ],
    severity: 'warning',
    fixable: true,
    scope: 'section',
    messages,
  },
  check(ctx) {
    for (const service of postgresServices(ctx.tree)) {
      const settings = commandSettings(commandWords(ctx.source, service));
      const lookup = (key: string) => {
        const set = [...settings].reverse().find((s) => s.key === key);
        return set ? { value: set.value, explicit: true } : { value: defaultOf(key) ?? '', explicit: false };
      };
      settings.forEach((setting, index) => {
        // A later -c of the same parameter wins.
        if (settings.slice(index + 1).some((s) => s.key === setting.key)) return;
        const judge = judges.find((j) => j.param === setting.key);
        const judgement = judge?.judge({ value: setting.value, explicit: true, lookup });
        if (!judgement) return;
        const valueSpan = setting.valueSpan;
        ctx.report({
          span: setting.argSpan ?? setting.node,
          messageId: judgement.messageId,
          ...(judgement.data ? { data: judgement.data } : {}),
          ...(judgement.severity ? { severity: judgement.severity } : {}),
          fixes: valueSpan
            ? judgement.suggestions
                .filter((s) => PLAIN_ARGUMENT.test(s.value))
                .map((s) => ({
                  title: s.title.replace(/^Set (\w+) = '?([^' ]*)'?/, `Set -c $1=$2`),
                  isPreferred: s.preferred,
                  changesBehavior: s.changesBehavior,
                  edits: [{ ...valueSpan, newText: s.value }],
                }))
            : [],
        });
      });
    }
  },
});
