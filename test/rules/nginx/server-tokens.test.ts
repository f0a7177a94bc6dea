import rule from '../../../rules/nginx/server-tokens';
import { testRule } from '../../harness/rule-tester';
import { cases } from './cases/server-tokens';

testRule(rule, cases);
