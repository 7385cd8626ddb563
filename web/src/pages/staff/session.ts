/** The staff session: who is signed in, and signing in and out. The cookie itself is HttpOnly. */
import { api } from "../../api";

export type Role = "admin" | "officer" | "leader" | "safeguarding";

export type StaffUser = {
  id: string;
  email: string;
  name: string;
  roles: string[];
  orgId: string;
  orgName: string;
};

/** The signed-in person, or undefined when nobody is (401); other failures are thrown. */
export async function currentUser(): Promise<StaffUser | undefined> {
  try {
    const { user } = await api.get<{ user: StaffUser }>("/api/me");
    return user;
  } catch (error) {
    if ((error as { status?: number }).status === 401) return undefined;
    throw error;
  }
}

export async function signIn(email: string, password: string): Promise<StaffUser> {
  const { user } = await api.post<{ user: StaffUser }>("/api/auth/login", { email, password });
  return user;
}

export async function signOut(): Promise<void> {
  await api.post("/api/auth/logout", {});
}

/** Ends every session this person has, on every device, this one included. */
export async function signOutEverywhere(): Promise<void> {
  await api.post("/api/auth/logout-everywhere", {});
}

export function hasRole(user: StaffUser, role: Role): boolean {
  return user.roles.includes(role);
}
