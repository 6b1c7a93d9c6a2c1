import { describe } from "vitest";
import { SECURITY_PARTS, securityCases } from "./run-case";

describe("security suite: every /v1 route (part 2 of 3)", () => securityCases(1, SECURITY_PARTS));
