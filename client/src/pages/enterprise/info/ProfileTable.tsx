import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import type { EnterpriseProfile_EnterpriseFragment } from '../../../__generated__/graphql';
import { IndustryText } from '../industry/IndustryText';
import { useFieldLabel } from '../useFieldLabel';
import { ProfileValue } from './ProfileValue';
import classes from './ProfileTable.module.css';

type Cell = [label: string, value: ReactNode];

/** One row of label/value pairs; a single pair spans the whole row, two split it 2/4. */
function Row({ cells }: { cells: Cell[] }) {
  const span = cells.length === 1 ? 5 : cells.length === 2 ? [3, 1] : [1, 1, 1];
  return (
    <Table.Tr>
      {cells.map(([label, value], index) => (
        <Cellpair key={label} label={label} value={value} colSpan={Array.isArray(span) ? (span[index] ?? 1) : span} />
      ))}
    </Table.Tr>
  );
}

function Cellpair({ label, value, colSpan }: { label: string; value: ReactNode; colSpan: number }) {
  return (
    <>
      <Table.Th scope="row" className={classes.label}>
        {label}
      </Table.Th>
      <Table.Td colSpan={colSpan}>{value}</Table.Td>
    </>
  );
}

/** 企业基本情况 laid out as the manual's table: six columns of label, value pairs. */
export function ProfileTable({ enterprise, labelledBy }: { enterprise: EnterpriseProfile_EnterpriseFragment; labelledBy: string }) {
  const label = useFieldLabel();
  const e = enterprise;
  const region = e.registeredRegion ? e.registeredRegion.path.map((level) => level.name).join(' ') : e.regionCode;
  const number = (value: number | null) => (value === null ? null : String(value));
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table withTableBorder withColumnBorders verticalSpacing="sm" aria-labelledby={labelledBy} className={classes.table}>
        <Table.Tbody>
          <Row cells={[[label('name'), <ProfileValue key="v" value={e.name} chinese />]]} />
          <Row cells={[[label('mailingAddress'), <ProfileValue key="v" value={e.mailingAddress} chinese />], [label('postcode'), <ProfileValue key="v" value={e.postcode} />]]} />
          <Row cells={[[label('regionCode'), <ProfileValue key="v" value={region} chinese />]]} />
          <Row
            cells={[
              [label('legalRepresentative'), <ProfileValue key="v" value={e.legalRepresentative} chinese />],
              [label('legalRepresentativePhone'), <ProfileValue key="v" value={e.legalRepresentativePhone} />],
              [label('legalRepresentativeMobile'), <ProfileValue key="v" value={e.legalRepresentativeMobile} />],
            ]}
          />
          <Row
            cells={[
              [label('contactName'), <ProfileValue key="v" value={e.contactName} chinese />],
              [label('contactPhone'), <ProfileValue key="v" value={e.contactPhone} />],
              [label('contactMobile'), <ProfileValue key="v" value={e.contactMobile} />],
            ]}
          />
          <Row
            cells={[
              [label('industryCode'), <ProfileValue key="v" value={e.industry ? <IndustryText industry={e.industry} /> : e.industryCode} />],
              [label('email'), <ProfileValue key="v" value={e.email} />],
            ]}
          />
          <Row cells={[[label('nicheField'), <ProfileValue key="v" value={e.nicheField} chinese />]]} />
          <Row cells={[[label('mainProduct'), <ProfileValue key="v" value={e.mainProduct} chinese />]]} />
          <Row
            cells={[
              [label('registeredOn'), <ProfileValue key="v" value={e.registeredOn} />],
              [label('registeredCapital'), <ProfileValue key="v" value={number(e.registeredCapital)} />],
              [label('fax'), <ProfileValue key="v" value={e.fax} />],
            ]}
          />
          <Row cells={[[label('uscc'), <ProfileValue key="v" value={e.uscc} />]]} />
          <Row
            cells={[
              [label('employees'), <ProfileValue key="v" value={number(e.employees)} />],
              [label('revenueLastYear'), <ProfileValue key="v" value={number(e.revenueLastYear)} />],
              [label('totalAssetsLastYear'), <ProfileValue key="v" value={number(e.totalAssetsLastYear)} />],
            ]}
          />
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
