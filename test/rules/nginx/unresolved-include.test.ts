import rule from '../../../rules/nginx/unresolved-include';
import { testRule } from '../../harness/rule-tester';
import { cases } from './cases/unresolved-include';

testRule(rule, cases);
