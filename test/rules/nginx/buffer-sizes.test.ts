import rule from '../../../rules/nginx/buffer-sizes';
import { testRule } from '../../harness/rule-tester';
import { cases } from './cases/buffer-sizes';

testRule(rule, cases);
