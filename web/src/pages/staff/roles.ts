/**
 * What each staff role opens, in one place: the staff home, the bar's area links, the "you need
 * this role" page and the admin's role choices all read it, so a role is never described as
 * doing something no page of Chorus does. Add a page here when an area gains one.
 */
import type { Role } from "./session";

export type RolePage = { href: string; name: string; says: string };

export type RoleGuide = {
  name: string;
  /** The area the role opens: its name in the staff bar and its first page. */
  area: string;
  home: string;
  /** A phrase for "The officer role is for …", used where roles are chosen. */
  what: string;
  pages: RolePage[];
};

export const ROLE_ORDER: readonly Role[] = ["officer", "leader", "safeguarding", "admin"];

export const ROLE_GUIDE: Record<Role, RoleGuide> = {
  officer: {
    name: "Officer",
    area: "Studio",
    home: "/studio",
    what: "surveys: design, translate, publish and hand them out (codes, posters, invite links, tablet sessions), see how many have answered, and sort written answers into themes",
    pages: [
      {
        href: "/studio",
        name: "Surveys and responses",
        says: "Every survey with its status, codes and how many have answered. Open one to design, translate, publish, hand it out or sort its answers into themes.",
      },
      {
        href: "/studio/waves",
        name: "Waves",
        says: "Rounds of a survey that reports compare over time.",
      },
    ],
  },
  leader: {
    name: "Leader",
    area: "Reports",
    home: "/reports",
    what: "reports (read, download, share), the story of place, and “You said, we did” actions",
    pages: [
      {
        href: "/reports",
        name: "Survey reports",
        says: "What children said, question by question and theme by theme; download or print.",
      },
      {
        href: "/reports/place",
        name: "Story of place",
        says: "Every survey together, by wave and age band.",
      },
      {
        href: "/reports/actions",
        name: "You said, we did",
        says: "What the council did in answer, shown back to children.",
      },
      {
        href: "/reports/shares",
        name: "Share links",
        says: "Read-only links to a report for people without an account.",
      },
    ],
  },
  safeguarding: {
    name: "Safeguarding",
    area: "Safeguarding",
    home: "/safeguarding",
    what: "alerts about children who may not be safe (nobody else sees them)",
    pages: [
      {
        href: "/safeguarding",
        name: "Alerts",
        says: "Answers that suggest a child may not be safe, urgent and oldest first.",
      },
      {
        href: "/safeguarding/settings",
        name: "Due times and phrases",
        says: "How soon alerts must be picked up, and the council's own worrying phrases.",
      },
    ],
  },
  admin: {
    name: "Admin",
    area: "Admin",
    home: "/admin",
    what: "staff and their roles, single sign-on, the e-mail outbox, raw answers and the audit log",
    pages: [
      { href: "/admin", name: "Staff", says: "Invite people, change their roles, deactivate." },
      {
        href: "/admin/audit",
        name: "Audit log",
        says: "Who did what, and when, in plain words.",
      },
      {
        href: "/admin/outbox",
        name: "Outbox",
        says: "E-mails Chorus is sending, such as invitations.",
      },
      {
        href: "/admin/answers",
        name: "Raw answers",
        says: "Every answer to a survey as a spreadsheet, for analysis elsewhere.",
      },
      {
        href: "/admin/sso",
        name: "Single sign-on",
        says: "Let staff sign in with the council's own accounts.",
      },
    ],
  },
};

/** Who gives a role: always an admin of the person's own council. */
export function whoGrants(orgName: string): string {
  return `an admin at ${orgName}`;
}
