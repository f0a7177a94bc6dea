import type { InvalidCase, ValidCase } from '../../../harness/rule-tester';

export default {
  valid: ['log_connections = on\nlog_disconnections = yes\n', 'LOG_CONNECTIONS = 1\nlog_disconnections = tr\n'] as ValidCase[],
  invalid: [
    {
      name: 'sample lines are uncommented in place',
      code: '#log_checkpoints = on\n#log_connections = off\n#log_disconnections = off\n#log_duration = off\n',
      errors: [
        { messageId: 'log_connectionsDefault', line: 2, column: 1, endLine: 2, endColumn: 23, fixTitles: ['Set log_connections = on'] },
        { messageId: 'log_disconnectionsDefault', line: 3, column: 1, endLine: 3, endColumn: 26, fixTitles: ['Set log_disconnections = on'] },
      ],
      output: '#log_checkpoints = on\nlog_connections = on\nlog_disconnections = on\n#log_duration = off\n',
    },
    {
      name: 'explicit off and a missing one (appended)',
      code: "log_connections = 'off'\n",
      errors: [
        { messageId: 'log_disconnectionsDefault', line: 1, column: 1, endLine: 1, endColumn: 24 },
        { messageId: 'log_connectionsOff', line: 1, column: 19, endLine: 1, endColumn: 24 },
      ],
      output: "log_connections = 'on'\nlog_disconnections = on\n",
    },
    {
      name: 'commented with a space after the hash',
      code: '# log_connections = off  # logs attempts\nlog_disconnections = on\n',
      errors: [{ messageId: 'log_connectionsDefault', line: 1, column: 1, endLine: 1, endColumn: 24 }],
      output: 'log_connections = on  # logs attempts\nlog_disconnections = on\n',
    },
  ] as InvalidCase[],
};
