import rule from '../../../rules/redis/tls-plaintext-port';
import { testRule } from '../../harness/rule-tester';
import { invalid, valid } from './cases/tls-plaintext-port';

testRule(rule, { valid, invalid });
