import { Container, SimpleGrid, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportContact } from './supportContacts';
import { SUPPORT_CONTACTS, telHref } from './supportContacts';
import classes from './Footer.module.css';

function ContactValue({ contact }: { contact: SupportContact }) {
  const { t } = useTranslation();
  if (contact.email) {
    return (
      <a className={classes.link} href={`mailto:${contact.email}`}>
        {contact.email}
      </a>
    );
  }
  if (!contact.phones) return <>{t('footer.policy.value')}</>;
  return (
    <>
      {contact.phones.map((phone, index) => (
        <Fragment key={phone}>
          {index > 0 && t('footer.listSeparator')}
          <a className={classes.link} href={telHref(phone)}>
            {phone}
          </a>
        </Fragment>
      ))}
      {contact.key === 'publicService' && (
        <>
          {t('footer.publicService.dialNote')}
          <br />
          {t('footer.publicService.route')}
        </>
      )}
    </>
  );
}

export function Footer() {
  const { t } = useTranslation();
  return (
    <footer className={classes.footer}>
      <Container size="xl">
        <h2 className={classes.title}>{t('footer.contactsTitle')}</h2>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg" verticalSpacing="md" className={classes.list}>
          {SUPPORT_CONTACTS.map((contact) => (
            <div key={contact.key} className={classes.item}>
              <dt className={classes.label}>{t(`footer.${contact.key}.label`)}</dt>
              <dd className={classes.value}>
                <ContactValue contact={contact} />
                {contact.withServiceHours && <span className={classes.hours}>{t('footer.serviceHours')}</span>}
              </dd>
            </div>
          ))}
        </SimpleGrid>
        <Text size="sm" className={classes.copyright}>
          {t('footer.copyright', { year: new Date().getFullYear() })}
        </Text>
      </Container>
    </footer>
  );
}
