/** A fixed "random" password so fixed outputs are deterministic; importing this installs it. */
import { setPasswordSource } from '../../../../rules/redis/lib/random';

export const FIXED_PASSWORD = '9f3c1a7e5b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a';
setPasswordSource(() => FIXED_PASSWORD);
