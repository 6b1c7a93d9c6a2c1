import { useMessages } from "../../i18n/i18n";
import { useSession } from "../../session";
import { ApiKeysSection } from "./api-keys-section";
import { DevOutboxSection } from "./dev-outbox-section";
import { EmailSection } from "./email-section";
import { LodgingSection } from "./lodging-section";
import { LoyaltySection } from "./loyalty-section";
import { GuestPortalSettingsSection, UpsellsSection } from "./upsells-section";
import { messages } from "./messages";
import { PackagesSection } from "./packages-section";
import { PaymentsSection } from "./payments-section";
import { TeamSection } from "./team-section";
import { TransferSection } from "./transfer-section";
import { WhatsAppSection } from "./whatsapp-section";

export default function SettingsScreen() {
  const t = useMessages(messages);
  const { me } = useSession();
  const canManage = me?.user.role === "owner" || me?.user.role === "admin";
  return (
    <>
      <h1>{t("title")}</h1>
      {!me ? null : !canManage ? (
        <p className="notice">{t("adminOnly")}</p>
      ) : (
        <>
          <PaymentsSection />
          <TransferSection />
          <WhatsAppSection />
          <EmailSection />
          <DevOutboxSection />
          <LodgingSection />
          <GuestPortalSettingsSection />
          <UpsellsSection />
          <PackagesSection />
          <LoyaltySection />
          <TeamSection />
          <ApiKeysSection />
        </>
      )}
    </>
  );
}
