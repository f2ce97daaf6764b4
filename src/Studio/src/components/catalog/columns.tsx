import { Link } from 'react-router';
import Space from 'antd/es/space';
import type { ColumnType } from 'antd/es/table';
import Typography from 'antd/es/typography';
import dayjs from 'dayjs';
import { localizeName } from '../../api/ApiError';

/** The item's name in the user's language, a link to it, over its key in code type (processes, decisions). */
export function nameColumn<Row extends { key: string; name?: string | null }>(
  title: string,
  language: string,
  linkTo: (key: string) => string,
  testId: (key: string) => string,
): ColumnType<Row> {
  return {
    title,
    key: 'key',
    render: (_, row) => (
      <Space direction="vertical" size={0}>
        <Link to={linkTo(row.key)} data-testid={testId(row.key)}>
          {row.name ? localizeName(row.name, language) : row.key}
        </Link>
        <Typography.Text type="secondary" code>
          {row.key}
        </Typography.Text>
      </Space>
    ),
  };
}

interface DeployedTexts {
  deployedAt: string;
  deployedBy: string;
  /** Who deployed what the host deployed itself at start-up. */
  system: string;
}

/** When (to the minute, local time) and by whom a version was deployed. */
export function deployedColumns<Row extends { deployedAt: string; deployedBy?: string | null }>(texts: DeployedTexts): ColumnType<Row>[] {
  return [
    { title: texts.deployedAt, dataIndex: 'deployedAt', width: 180, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
    { title: texts.deployedBy, dataIndex: 'deployedBy', width: 140, render: (v?: string | null) => (v && v !== 'system' ? v : texts.system) },
  ];
}
