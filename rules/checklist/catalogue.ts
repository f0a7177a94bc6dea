/**
 * The hardening checklist as data: every section, subsection, group and item of
 * docs/security-hardening-checklist.md, titles exactly as the checklist words them.
 * Ids are stable: rules refer to them, and .hardenlint/checklist.json stores them.
 * test/catalogue.test.ts fails when this drifts from the markdown.
 */
import type { ChecklistSection } from './types';

export const CHECKLIST: readonly ChecklistSection[] = [
  {
    id: "infrastructure-security",
    title: "🔒 Infrastructure Security",
    subsections: [
      {
        id: "server-hardening",
        title: "Server Hardening",
        groups: [
          {
            title: "Operating System Updates",
            id: "operating-system-updates",
            checkbox: true,
            items: [
              {
                id: "operating-system-updates.latest-os-patches-installed",
                title: "Latest OS patches installed"
              },
              {
                id: "operating-system-updates.automatic-security-updates-enabled",
                title: "Automatic security updates enabled"
              },
              {
                id: "operating-system-updates.kernel-security-modules-enabled-apparmor",
                title: "Kernel security modules enabled (AppArmor/SELinux)"
              },
              {
                id: "operating-system-updates.unnecessary-services-disabled",
                title: "Unnecessary services disabled"
              },
              {
                id: "operating-system-updates.ssh-hardened-key-only-auth",
                title: "SSH hardened (key-only auth, non-standard port)"
              }
            ]
          },
          {
            title: "Firewall Configuration",
            id: "firewall-configuration",
            checkbox: true,
            items: [
              {
                id: "firewall-configuration.ufw-iptables-configured-with-deny",
                title: "UFW/iptables configured with deny-all default"
              },
              {
                id: "firewall-configuration.only-necessary-ports-open-80",
                title: "Only necessary ports open (80, 443, SSH)"
              },
              {
                id: "firewall-configuration.rate-limiting-rules-implemented",
                title: "Rate limiting rules implemented"
              },
              {
                id: "firewall-configuration.ddos-protection-configured",
                title: "DDoS protection configured"
              },
              {
                id: "firewall-configuration.geographic-ip-blocking-if-applicable",
                title: "Geographic IP blocking (if applicable)"
              }
            ]
          },
          {
            title: "User Account Security",
            id: "user-account-security",
            checkbox: true,
            items: [
              {
                id: "user-account-security.root-account-disabled-locked",
                title: "Root account disabled/locked"
              },
              {
                id: "user-account-security.application-runs-under-dedicated-user",
                title: "Application runs under dedicated user"
              },
              {
                id: "user-account-security.strong-password-policy-enforced",
                title: "Strong password policy enforced"
              },
              {
                id: "user-account-security.sudo-access-limited-and-logged",
                title: "sudo access limited and logged"
              },
              {
                id: "user-account-security.failed-login-monitoring-enabled",
                title: "Failed login monitoring enabled"
              }
            ]
          }
        ]
      },
      {
        id: "network-security",
        title: "Network Security",
        groups: [
          {
            title: "SSL/TLS Configuration",
            id: "ssl-tls-configuration",
            checkbox: true,
            items: [
              {
                id: "ssl-tls-configuration.tls-1-2-only-tls",
                title: "TLS 1.2+ only (TLS 1.3 preferred)"
              },
              {
                id: "ssl-tls-configuration.strong-cipher-suites-configured",
                title: "Strong cipher suites configured"
              },
              {
                id: "ssl-tls-configuration.perfect-forward-secrecy-enabled",
                title: "Perfect Forward Secrecy enabled"
              },
              {
                id: "ssl-tls-configuration.hsts-headers-configured",
                title: "HSTS headers configured"
              },
              {
                id: "ssl-tls-configuration.certificate-transparency-monitoring",
                title: "Certificate transparency monitoring"
              },
              {
                id: "ssl-tls-configuration.ocsp-stapling-enabled",
                title: "OCSP stapling enabled"
              }
            ]
          },
          {
            title: "Network Segmentation",
            id: "network-segmentation",
            checkbox: true,
            items: [
              {
                id: "network-segmentation.docker-network-isolation",
                title: "Docker network isolation"
              },
              {
                id: "network-segmentation.database-access-restricted-to-application",
                title: "Database access restricted to application containers"
              },
              {
                id: "network-segmentation.redis-access-restricted-to-application",
                title: "Redis access restricted to application containers"
              },
              {
                id: "network-segmentation.management-interfaces-on-separate-network",
                title: "Management interfaces on separate network"
              },
              {
                id: "network-segmentation.vpn-access-for-administrative-tasks",
                title: "VPN access for administrative tasks"
              }
            ]
          }
        ]
      }
    ]
  },
  {
    id: "container-security",
    title: "🐳 Container Security",
    subsections: [
      {
        id: "docker-configuration",
        title: "Docker Configuration",
        groups: [
          {
            title: "Container Hardening",
            id: "container-hardening",
            checkbox: true,
            items: [
              {
                id: "container-hardening.containers-run-as-non-root",
                title: "Containers run as non-root user"
              },
              {
                id: "container-hardening.read-only-root-filesystem-where",
                title: "Read-only root filesystem where possible"
              },
              {
                id: "container-hardening.no-new-privileges-flag-set",
                title: "No new privileges flag set"
              },
              {
                id: "container-hardening.resource-limits-configured",
                title: "Resource limits configured"
              },
              {
                id: "container-hardening.health-checks-implemented",
                title: "Health checks implemented"
              },
              {
                id: "container-hardening.security-profiles-applied",
                title: "Security profiles applied"
              }
            ]
          },
          {
            title: "Image Security",
            id: "image-security",
            checkbox: true,
            items: [
              {
                id: "image-security.base-images-from-trusted-sources",
                title: "Base images from trusted sources"
              },
              {
                id: "image-security.regular-vulnerability-scanning",
                title: "Regular vulnerability scanning"
              },
              {
                id: "image-security.multi-stage-builds-to-minimize",
                title: "Multi-stage builds to minimize attack surface"
              },
              {
                id: "image-security.no-secrets-in-container-images",
                title: "No secrets in container images"
              },
              {
                id: "image-security.image-signing-and-verification",
                title: "Image signing and verification"
              },
              {
                id: "image-security.regular-base-image-updates",
                title: "Regular base image updates"
              }
            ]
          },
          {
            title: "Container Runtime Security",
            id: "container-runtime-security",
            checkbox: true,
            items: [
              {
                id: "container-runtime-security.docker-daemon-access-restricted",
                title: "Docker daemon access restricted"
              },
              {
                id: "container-runtime-security.container-capabilities-dropped-where-unnecessary",
                title: "Container capabilities dropped where unnecessary"
              },
              {
                id: "container-runtime-security.seccomp-profiles-applied",
                title: "Seccomp profiles applied"
              },
              {
                id: "container-runtime-security.apparmor-selinux-policies-enforced",
                title: "AppArmor/SELinux policies enforced"
              },
              {
                id: "container-runtime-security.container-escape-monitoring",
                title: "Container escape monitoring"
              },
              {
                id: "container-runtime-security.runtime-security-monitoring",
                title: "Runtime security monitoring"
              }
            ]
          }
        ]
      },
      {
        id: "docker-compose-security",
        title: "Docker Compose Security",
        groups: [
          {
            title: "Configuration Security",
            id: "compose-configuration-security",
            checkbox: true,
            items: [
              {
                id: "compose-configuration-security.no-hardcoded-secrets-in-compose",
                title: "No hardcoded secrets in compose files"
              },
              {
                id: "compose-configuration-security.environment-file-permissions-restricted-600",
                title: "Environment file permissions restricted (600)"
              },
              {
                id: "compose-configuration-security.network-isolation-between-services",
                title: "Network isolation between services"
              },
              {
                id: "compose-configuration-security.volume-mounts-minimized-and-secured",
                title: "Volume mounts minimized and secured"
              },
              {
                id: "compose-configuration-security.logging-drivers-configured-securely",
                title: "Logging drivers configured securely"
              },
              {
                id: "compose-configuration-security.restart-policies-configured-appropriately",
                title: "Restart policies configured appropriately"
              }
            ]
          }
        ]
      }
    ]
  },
  {
    id: "application-security",
    title: "🔐 Application Security",
    subsections: [
      {
        id: "authentication-and-authorization",
        title: "Authentication & Authorization",
        groups: [
          {
            title: "JWT Security",
            id: "jwt-security",
            checkbox: true,
            items: [
              {
                id: "jwt-security.strong-jwt-secrets-256-bits",
                title: "Strong JWT secrets (256+ bits)"
              },
              {
                id: "jwt-security.appropriate-token-expiration-times",
                title: "Appropriate token expiration times"
              },
              {
                id: "jwt-security.refresh-token-rotation-implemented",
                title: "Refresh token rotation implemented"
              },
              {
                id: "jwt-security.token-blacklisting-for-logout",
                title: "Token blacklisting for logout"
              },
              {
                id: "jwt-security.algorithm-validation-rs256-es256",
                title: "Algorithm validation (RS256/ES256)"
              },
              {
                id: "jwt-security.audience-and-issuer-validation",
                title: "Audience and issuer validation"
              }
            ]
          },
          {
            title: "Password Security",
            id: "password-security",
            checkbox: true,
            items: [
              {
                id: "password-security.strong-password-requirements",
                title: "Strong password requirements"
              },
              {
                id: "password-security.password-hashing-with-salt-bcrypt",
                title: "Password hashing with salt (bcrypt/Argon2)"
              },
              {
                id: "password-security.password-strength-validation",
                title: "Password strength validation"
              },
              {
                id: "password-security.account-lockout-after-failed-attempts",
                title: "Account lockout after failed attempts"
              },
              {
                id: "password-security.password-reset-security-tokens-expiration",
                title: "Password reset security (tokens, expiration)"
              },
              {
                id: "password-security.two-factor-authentication-support",
                title: "Two-factor authentication support"
              }
            ]
          },
          {
            title: "Session Management",
            id: "session-management",
            checkbox: true,
            items: [
              {
                id: "session-management.secure-session-configuration",
                title: "Secure session configuration"
              },
              {
                id: "session-management.session-timeout-implementation",
                title: "Session timeout implementation"
              },
              {
                id: "session-management.session-invalidation-on-logout",
                title: "Session invalidation on logout"
              },
              {
                id: "session-management.concurrent-session-limiting",
                title: "Concurrent session limiting"
              },
              {
                id: "session-management.session-fixation-protection",
                title: "Session fixation protection"
              },
              {
                id: "session-management.cross-site-request-forgery-protection",
                title: "Cross-site request forgery protection"
              }
            ]
          }
        ]
      },
      {
        id: "api-security",
        title: "API Security",
        groups: [
          {
            title: "Input Validation",
            id: "input-validation",
            checkbox: true,
            items: [
              {
                id: "input-validation.server-side-validation-for-all",
                title: "Server-side validation for all inputs"
              },
              {
                id: "input-validation.sql-injection-prevention-parameterized-queries",
                title: "SQL injection prevention (parameterized queries)"
              },
              {
                id: "input-validation.xss-protection-output-encoding",
                title: "XSS protection (output encoding)"
              },
              {
                id: "input-validation.file-upload-restrictions-and-validation",
                title: "File upload restrictions and validation"
              },
              {
                id: "input-validation.request-size-limitations",
                title: "Request size limitations"
              },
              {
                id: "input-validation.content-type-validation",
                title: "Content-type validation"
              }
            ]
          },
          {
            title: "Rate Limiting",
            id: "rate-limiting",
            checkbox: true,
            items: [
              {
                id: "rate-limiting.api-rate-limiting-implemented",
                title: "API rate limiting implemented"
              },
              {
                id: "rate-limiting.different-limits-for-authenticated-unauthenticated",
                title: "Different limits for authenticated/unauthenticated users"
              },
              {
                id: "rate-limiting.burst-protection-configured",
                title: "Burst protection configured"
              },
              {
                id: "rate-limiting.rate-limit-headers-included",
                title: "Rate limit headers included"
              },
              {
                id: "rate-limiting.distributed-rate-limiting-for-clusters",
                title: "Distributed rate limiting for clusters"
              },
              {
                id: "rate-limiting.abuse-detection-and-blocking",
                title: "Abuse detection and blocking"
              }
            ]
          },
          {
            title: "CORS Configuration",
            id: "cors-configuration",
            checkbox: true,
            items: [
              {
                id: "cors-configuration.strict-cors-policy-implemented",
                title: "Strict CORS policy implemented"
              },
              {
                id: "cors-configuration.whitelist-specific-origins-only",
                title: "Whitelist specific origins only"
              },
              {
                id: "cors-configuration.credentials-handling-secured",
                title: "Credentials handling secured"
              },
              {
                id: "cors-configuration.preflight-request-validation",
                title: "Preflight request validation"
              },
              {
                id: "cors-configuration.cors-error-handling",
                title: "CORS error handling"
              },
              {
                id: "cors-configuration.regular-cors-policy-review",
                title: "Regular CORS policy review"
              }
            ]
          }
        ]
      },
      {
        id: "data-security",
        title: "Data Security",
        groups: [
          {
            title: "Encryption",
            id: "encryption",
            checkbox: true,
            items: [
              {
                id: "encryption.data-at-rest-encryption",
                title: "Data at rest encryption"
              },
              {
                id: "encryption.data-in-transit-encryption",
                title: "Data in transit encryption"
              },
              {
                id: "encryption.database-encryption-enabled",
                title: "Database encryption enabled"
              },
              {
                id: "encryption.backup-encryption",
                title: "Backup encryption"
              },
              {
                id: "encryption.key-management-system",
                title: "Key management system"
              },
              {
                id: "encryption.regular-key-rotation",
                title: "Regular key rotation"
              }
            ]
          },
          {
            title: "Sensitive Data Handling",
            id: "sensitive-data-handling",
            checkbox: true,
            items: [
              {
                id: "sensitive-data-handling.api-keys-stored-securely",
                title: "API keys stored securely"
              },
              {
                id: "sensitive-data-handling.no-secrets-in-logs",
                title: "No secrets in logs"
              },
              {
                id: "sensitive-data-handling.pii-data-minimization",
                title: "PII data minimization"
              },
              {
                id: "sensitive-data-handling.secure-data-deletion",
                title: "Secure data deletion"
              },
              {
                id: "sensitive-data-handling.data-classification-implemented",
                title: "Data classification implemented"
              },
              {
                id: "sensitive-data-handling.privacy-controls-implemented",
                title: "Privacy controls implemented"
              }
            ]
          }
        ]
      }
    ]
  },
  {
    id: "database-security",
    title: "🗄️ Database Security",
    subsections: [
      {
        id: "postgresql-hardening",
        title: "PostgreSQL Hardening",
        groups: [
          {
            title: "Access Control",
            id: "postgres-access-control",
            checkbox: true,
            items: [
              {
                id: "postgres-access-control.database-user-principle-of-least",
                title: "Database user principle of least privilege"
              },
              {
                id: "postgres-access-control.no-shared-database-accounts",
                title: "No shared database accounts"
              },
              {
                id: "postgres-access-control.strong-database-passwords",
                title: "Strong database passwords"
              },
              {
                id: "postgres-access-control.connection-encryption-ssl-tls",
                title: "Connection encryption (SSL/TLS)"
              },
              {
                id: "postgres-access-control.ip-based-access-restrictions",
                title: "IP-based access restrictions"
              },
              {
                id: "postgres-access-control.database-firewall-rules",
                title: "Database firewall rules"
              }
            ]
          },
          {
            title: "Configuration Security",
            id: "postgres-configuration-security",
            checkbox: true,
            items: [
              {
                id: "postgres-configuration-security.default-database-configurations-changed",
                title: "Default database configurations changed"
              },
              {
                id: "postgres-configuration-security.unnecessary-extensions-disabled",
                title: "Unnecessary extensions disabled"
              },
              {
                id: "postgres-configuration-security.query-logging-enabled",
                title: "Query logging enabled"
              },
              {
                id: "postgres-configuration-security.connection-logging-enabled",
                title: "Connection logging enabled"
              },
              {
                id: "postgres-configuration-security.failed-authentication-logging",
                title: "Failed authentication logging"
              },
              {
                id: "postgres-configuration-security.regular-security-updates",
                title: "Regular security updates"
              }
            ]
          },
          {
            title: "Data Protection",
            id: "postgres-data-protection",
            checkbox: true,
            items: [
              {
                id: "postgres-data-protection.regular-automated-backups",
                title: "Regular automated backups"
              },
              {
                id: "postgres-data-protection.backup-encryption",
                title: "Backup encryption"
              },
              {
                id: "postgres-data-protection.point-in-time-recovery-configured",
                title: "Point-in-time recovery configured"
              },
              {
                id: "postgres-data-protection.backup-integrity-verification",
                title: "Backup integrity verification"
              },
              {
                id: "postgres-data-protection.offsite-backup-storage",
                title: "Offsite backup storage"
              },
              {
                id: "postgres-data-protection.backup-restoration-testing",
                title: "Backup restoration testing"
              }
            ]
          }
        ]
      },
      {
        id: "redis-security",
        title: "Redis Security",
        groups: [
          {
            title: "Access Control",
            id: "redis-access-control",
            checkbox: true,
            items: [
              {
                id: "redis-access-control.authentication-enabled",
                title: "Authentication enabled"
              },
              {
                id: "redis-access-control.strong-redis-password",
                title: "Strong Redis password"
              },
              {
                id: "redis-access-control.ip-binding-restrictions",
                title: "IP binding restrictions"
              },
              {
                id: "redis-access-control.network-isolation",
                title: "Network isolation"
              },
              {
                id: "redis-access-control.tls-encryption-enabled",
                title: "TLS encryption enabled"
              },
              {
                id: "redis-access-control.command-renaming-disabling",
                title: "Command renaming/disabling"
              }
            ]
          }
        ]
      }
    ]
  },
  {
    id: "web-server-security",
    title: "🌐 Web Server Security",
    subsections: [
      {
        id: "nginx-hardening",
        title: "Nginx Hardening",
        groups: [
          {
            title: "Server Configuration",
            id: "server-configuration",
            checkbox: true,
            items: [
              {
                id: "server-configuration.server-tokens-disabled",
                title: "Server tokens disabled"
              },
              {
                id: "server-configuration.unnecessary-modules-removed",
                title: "Unnecessary modules removed"
              },
              {
                id: "server-configuration.security-headers-configured",
                title: "Security headers configured"
              },
              {
                id: "server-configuration.error-page-customization",
                title: "Error page customization"
              },
              {
                id: "server-configuration.directory-listing-disabled",
                title: "Directory listing disabled"
              },
              {
                id: "server-configuration.server-signature-hidden",
                title: "Server signature hidden"
              }
            ]
          },
          {
            title: "Security Headers",
            id: "security-headers",
            checkbox: true,
            items: [
              {
                id: "security-headers.strict-transport-security",
                title: "**Strict-Transport-Security**: Max-age, includeSubDomains, preload"
              },
              {
                id: "security-headers.x-frame-options",
                title: "**X-Frame-Options**: DENY or SAMEORIGIN"
              },
              {
                id: "security-headers.x-content-type-options",
                title: "**X-Content-Type-Options**: nosniff"
              },
              {
                id: "security-headers.x-xss-protection",
                title: "**X-XSS-Protection**: 1; mode=block"
              },
              {
                id: "security-headers.content-security-policy",
                title: "**Content-Security-Policy**: Restrictive policy"
              },
              {
                id: "security-headers.referrer-policy",
                title: "**Referrer-Policy**: strict-origin-when-cross-origin"
              },
              {
                id: "security-headers.permissions-policy",
                title: "**Permissions-Policy**: Restrictive permissions"
              }
            ]
          },
          {
            title: "Request Handling",
            id: "request-handling",
            checkbox: true,
            items: [
              {
                id: "request-handling.request-size-limitations",
                title: "Request size limitations"
              },
              {
                id: "request-handling.timeout-configurations",
                title: "Timeout configurations"
              },
              {
                id: "request-handling.buffer-overflow-protection",
                title: "Buffer overflow protection"
              },
              {
                id: "request-handling.slow-loris-protection",
                title: "Slow loris protection"
              },
              {
                id: "request-handling.request-method-restrictions",
                title: "Request method restrictions"
              },
              {
                id: "request-handling.path-traversal-prevention",
                title: "Path traversal prevention"
              }
            ]
          }
        ]
      }
    ]
  },
  {
    id: "monitoring-and-logging",
    title: "📊 Monitoring & Logging",
    subsections: [
      {
        id: "security-monitoring",
        title: "Security Monitoring",
        groups: [
          {
            title: "Log Management",
            id: "log-management",
            checkbox: true,
            items: [
              {
                id: "log-management.comprehensive-logging-enabled",
                title: "Comprehensive logging enabled"
              },
              {
                id: "log-management.log-integrity-protection",
                title: "Log integrity protection"
              },
              {
                id: "log-management.centralized-log-collection",
                title: "Centralized log collection"
              },
              {
                id: "log-management.log-retention-policy",
                title: "Log retention policy"
              },
              {
                id: "log-management.sensitive-data-excluded-from-logs",
                title: "Sensitive data excluded from logs"
              },
              {
                id: "log-management.log-analysis-and-alerting",
                title: "Log analysis and alerting"
              }
            ]
          },
          {
            title: "Intrusion Detection",
            id: "intrusion-detection",
            checkbox: true,
            items: [
              {
                id: "intrusion-detection.fail2ban-configured",
                title: "Fail2ban configured"
              },
              {
                id: "intrusion-detection.unusual-activity-monitoring",
                title: "Unusual activity monitoring"
              },
              {
                id: "intrusion-detection.brute-force-attack-detection",
                title: "Brute force attack detection"
              },
              {
                id: "intrusion-detection.real-time-alerting",
                title: "Real-time alerting"
              },
              {
                id: "intrusion-detection.incident-response-procedures",
                title: "Incident response procedures"
              },
              {
                id: "intrusion-detection.security-event-correlation",
                title: "Security event correlation"
              }
            ]
          },
          {
            title: "Vulnerability Management",
            id: "vulnerability-management",
            checkbox: true,
            items: [
              {
                id: "vulnerability-management.regular-security-scans",
                title: "Regular security scans"
              },
              {
                id: "vulnerability-management.dependency-vulnerability-tracking",
                title: "Dependency vulnerability tracking"
              },
              {
                id: "vulnerability-management.container-image-scanning",
                title: "Container image scanning"
              },
              {
                id: "vulnerability-management.penetration-testing-schedule",
                title: "Penetration testing schedule"
              },
              {
                id: "vulnerability-management.vulnerability-remediation-process",
                title: "Vulnerability remediation process"
              },
              {
                id: "vulnerability-management.security-advisory-monitoring",
                title: "Security advisory monitoring"
              }
            ]
          }
        ]
      },
      {
        id: "performance-monitoring",
        title: "Performance Monitoring",
        groups: [
          {
            title: "System Health",
            id: "system-health",
            checkbox: true,
            items: [
              {
                id: "system-health.resource-usage-monitoring",
                title: "Resource usage monitoring"
              },
              {
                id: "system-health.performance-baseline-established",
                title: "Performance baseline established"
              },
              {
                id: "system-health.anomaly-detection",
                title: "Anomaly detection"
              },
              {
                id: "system-health.capacity-planning",
                title: "Capacity planning"
              },
              {
                id: "system-health.sla-monitoring",
                title: "SLA monitoring"
              },
              {
                id: "system-health.incident-response-automation",
                title: "Incident response automation"
              }
            ]
          }
        ]
      }
    ]
  },
  {
    id: "operational-security",
    title: "🔄 Operational Security",
    subsections: [
      {
        id: "maintenance-and-updates",
        title: "Maintenance & Updates",
        groups: [
          {
            title: "Patch Management",
            id: "patch-management",
            checkbox: true,
            items: [
              {
                id: "patch-management.automated-security-updates",
                title: "Automated security updates"
              },
              {
                id: "patch-management.regular-application-updates",
                title: "Regular application updates"
              },
              {
                id: "patch-management.container-image-updates",
                title: "Container image updates"
              },
              {
                id: "patch-management.database-updates",
                title: "Database updates"
              },
              {
                id: "patch-management.testing-process-for-updates",
                title: "Testing process for updates"
              },
              {
                id: "patch-management.rollback-procedures",
                title: "Rollback procedures"
              }
            ]
          },
          {
            title: "Backup & Recovery",
            id: "backup-and-recovery",
            checkbox: true,
            items: [
              {
                id: "backup-and-recovery.automated-backup-schedule",
                title: "Automated backup schedule"
              },
              {
                id: "backup-and-recovery.backup-verification-process",
                title: "Backup verification process"
              },
              {
                id: "backup-and-recovery.recovery-testing",
                title: "Recovery testing"
              },
              {
                id: "backup-and-recovery.disaster-recovery-plan",
                title: "Disaster recovery plan"
              },
              {
                id: "backup-and-recovery.rto-rpo-defined",
                title: "RTO/RPO defined"
              },
              {
                id: "backup-and-recovery.business-continuity-planning",
                title: "Business continuity planning"
              }
            ]
          }
        ]
      },
      {
        id: "access-management",
        title: "Access Management",
        groups: [
          {
            title: "Administrative Access",
            id: "administrative-access",
            checkbox: true,
            items: [
              {
                id: "administrative-access.multi-factor-authentication",
                title: "Multi-factor authentication"
              },
              {
                id: "administrative-access.privileged-access-management",
                title: "Privileged access management"
              },
              {
                id: "administrative-access.access-review-process",
                title: "Access review process"
              },
              {
                id: "administrative-access.audit-trail-for-admin-actions",
                title: "Audit trail for admin actions"
              },
              {
                id: "administrative-access.emergency-access-procedures",
                title: "Emergency access procedures"
              },
              {
                id: "administrative-access.regular-access-certification",
                title: "Regular access certification"
              }
            ]
          },
          {
            title: "Third-Party Access",
            id: "third-party-access",
            checkbox: true,
            items: [
              {
                id: "third-party-access.vendor-access-controls",
                title: "Vendor access controls"
              },
              {
                id: "third-party-access.api-key-management",
                title: "API key management"
              },
              {
                id: "third-party-access.third-party-security-assessment",
                title: "Third-party security assessment"
              },
              {
                id: "third-party-access.contract-security-requirements",
                title: "Contract security requirements"
              },
              {
                id: "third-party-access.data-sharing-agreements",
                title: "Data sharing agreements"
              },
              {
                id: "third-party-access.regular-vendor-reviews",
                title: "Regular vendor reviews"
              }
            ]
          }
        ]
      }
    ]
  },
  {
    id: "compliance-and-governance",
    title: "🏢 Compliance & Governance",
    subsections: [
      {
        id: "security-policies",
        title: "Security Policies",
        groups: [
          {
            title: "Documentation",
            id: "documentation",
            checkbox: true,
            items: [
              {
                id: "documentation.security-policy-documented",
                title: "Security policy documented"
              },
              {
                id: "documentation.incident-response-plan",
                title: "Incident response plan"
              },
              {
                id: "documentation.data-handling-procedures",
                title: "Data handling procedures"
              },
              {
                id: "documentation.employee-security-training",
                title: "Employee security training"
              },
              {
                id: "documentation.contractor-security-requirements",
                title: "Contractor security requirements"
              },
              {
                id: "documentation.regular-policy-updates",
                title: "Regular policy updates"
              }
            ]
          }
        ]
      },
      {
        id: "compliance-requirements",
        title: "Compliance Requirements",
        groups: [
          {
            title: "Data Protection",
            id: "compliance-data-protection",
            checkbox: true,
            items: [
              {
                id: "compliance-data-protection.gdpr-compliance-if-applicable",
                title: "GDPR compliance (if applicable)"
              },
              {
                id: "compliance-data-protection.ccpa-compliance-if-applicable",
                title: "CCPA compliance (if applicable)"
              },
              {
                id: "compliance-data-protection.data-retention-policies",
                title: "Data retention policies"
              },
              {
                id: "compliance-data-protection.right-to-erasure-procedures",
                title: "Right to erasure procedures"
              },
              {
                id: "compliance-data-protection.data-breach-notification-process",
                title: "Data breach notification process"
              },
              {
                id: "compliance-data-protection.privacy-impact-assessments",
                title: "Privacy impact assessments"
              }
            ]
          }
        ]
      }
    ]
  },
  {
    id: "security-testing",
    title: "🧪 Security Testing",
    subsections: [
      {
        id: "regular-testing",
        title: "Regular Testing",
        groups: [
          {
            title: "Vulnerability Assessments",
            id: "vulnerability-assessments",
            checkbox: true,
            items: [
              {
                id: "vulnerability-assessments.quarterly-vulnerability-scans",
                title: "Quarterly vulnerability scans"
              },
              {
                id: "vulnerability-assessments.annual-penetration-testing",
                title: "Annual penetration testing"
              },
              {
                id: "vulnerability-assessments.code-security-reviews",
                title: "Code security reviews"
              },
              {
                id: "vulnerability-assessments.configuration-audits",
                title: "Configuration audits"
              },
              {
                id: "vulnerability-assessments.social-engineering-testing",
                title: "Social engineering testing"
              },
              {
                id: "vulnerability-assessments.physical-security-assessment",
                title: "Physical security assessment"
              }
            ]
          },
          {
            title: "Automated Testing",
            id: "automated-testing",
            checkbox: true,
            items: [
              {
                id: "automated-testing.sast-static-application-security-testing",
                title: "SAST (Static Application Security Testing)"
              },
              {
                id: "automated-testing.dast-dynamic-application-security-testing",
                title: "DAST (Dynamic Application Security Testing)"
              },
              {
                id: "automated-testing.dependency-scanning",
                title: "Dependency scanning"
              },
              {
                id: "automated-testing.container-scanning",
                title: "Container scanning"
              },
              {
                id: "automated-testing.infrastructure-as-code-scanning",
                title: "Infrastructure as Code scanning"
              },
              {
                id: "automated-testing.api-security-testing",
                title: "API security testing"
              }
            ]
          }
        ]
      }
    ]
  },
  {
    id: "incident-response",
    title: "🚨 Incident Response",
    subsections: [
      {
        id: "emergency-procedures",
        title: "Emergency Procedures",
        groups: [
          {
            title: "Security Incident Detected",
            id: "security-incident-detected",
            checkbox: false,
            items: [
              {
                id: "security-incident-detected.isolate-affected-systems",
                title: "Isolate affected systems"
              },
              {
                id: "security-incident-detected.preserve-evidence",
                title: "Preserve evidence"
              },
              {
                id: "security-incident-detected.notify-stakeholders",
                title: "Notify stakeholders"
              },
              {
                id: "security-incident-detected.document-incident",
                title: "Document incident"
              },
              {
                id: "security-incident-detected.begin-investigation",
                title: "Begin investigation"
              }
            ]
          },
          {
            title: "Data Breach Response",
            id: "data-breach-response",
            checkbox: false,
            items: [
              {
                id: "data-breach-response.assess-scope-and-impact",
                title: "Assess scope and impact"
              },
              {
                id: "data-breach-response.contain-the-breach",
                title: "Contain the breach"
              },
              {
                id: "data-breach-response.notify-authorities-if-required",
                title: "Notify authorities (if required)"
              },
              {
                id: "data-breach-response.notify-affected-users",
                title: "Notify affected users"
              },
              {
                id: "data-breach-response.implement-remediation",
                title: "Implement remediation"
              },
              {
                id: "data-breach-response.conduct-post-incident-review",
                title: "Conduct post-incident review"
              }
            ]
          },
          {
            title: "System Compromise",
            id: "system-compromise",
            checkbox: false,
            items: [
              {
                id: "system-compromise.disconnect-from-network",
                title: "Disconnect from network"
              },
              {
                id: "system-compromise.analyze-system-state",
                title: "Analyze system state"
              },
              {
                id: "system-compromise.rebuild-from-clean-backups",
                title: "Rebuild from clean backups"
              },
              {
                id: "system-compromise.update-security-controls",
                title: "Update security controls"
              },
              {
                id: "system-compromise.monitor-for-reinfection",
                title: "Monitor for reinfection"
              },
              {
                id: "system-compromise.update-incident-procedures",
                title: "Update incident procedures"
              }
            ]
          }
        ]
      }
    ]
  }
];
