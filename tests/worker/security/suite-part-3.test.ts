import { describe } from "vitest";
import { SECURITY_PARTS, securityCases } from "./run-case";

describe("security suite: every /v1 route (part 3 of 3)", () => securityCases(2, SECURITY_PARTS));
