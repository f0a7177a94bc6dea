import rule from '../../../rules/redis/acl-least-privilege';
import { testRule } from '../../harness/rule-tester';
import { invalid, valid } from './cases/acl-least-privilege';

testRule(rule, { valid, invalid });
