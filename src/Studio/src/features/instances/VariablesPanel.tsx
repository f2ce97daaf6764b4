import { useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Space from 'antd/es/space';
import Switch from 'antd/es/switch';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import Tag from 'antd/es/tag';
import Tooltip from 'antd/es/tooltip';
import Typography from 'antd/es/typography';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError';
import { fieldTexts, problemDetail } from '../errors/problemText';
import { useRegionName } from '../../i18n/regions';
import { knownVariables, readableValue } from '../task/caseData';
import { instancesApi } from './api';
import { JsonValue } from './JsonValue';
import { containsPersonalData, maskValue } from './personalData';
import { parseVariableValue, variableText } from './variableValue';

const known = new Set<string>(knownVariables);

interface Row {
  name: string;
  value: unknown;
  personal: boolean;
}

interface EditValues {
  name: string;
  value: string;
}

/**
 * The instance's variables: readable, JSON expandable, personal data masked until revealed (administrators may see it;
 * the reveal is per visit). An active instance's variables can be set — how an incident's missing data gets fixed.
 */
export function VariablesPanel({ instanceId, variables, editable }: { instanceId: string; variables: Record<string, unknown>; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const regionName = useRegionName();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [revealed, setRevealed] = useState(false);
  const [editing, setEditing] = useState<EditValues | null>(null);
  const [form] = Form.useForm<EditValues>();

  const rows = useMemo<Row[]>(
    () =>
      Object.entries(variables)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, value]) => ({ name, value, personal: containsPersonalData(value, name) })),
    [variables],
  );
  const anyPersonal = rows.some((r) => r.personal);

  const save = useMutation({
    mutationFn: (values: EditValues) => instancesApi.setVariables(instanceId, { [values.name.trim()]: parseVariableValue(values.value) }),
    onSuccess: () => {
      void message.success(t('instances.variables.saved'));
      setEditing(null);
      void queryClient.invalidateQueries({ queryKey: ['admin-instance', instanceId] });
    },
    onError: (e) => {
      if (e instanceof ApiError && Object.keys(e.fieldErrors).length > 0) {
        const first = Object.values(fieldTexts(t, i18n.language, e))[0]?.[0] ?? '';
        form.setFields([{ name: 'name', errors: [first] }]);
      } else if (e instanceof ApiError) {
        void message.error(e.detail ? problemDetail(t, i18n.language, e, '') : e.title);
      } else void message.error(t('error.network'));
    },
  });

  function startEdit(row?: Row) {
    const values = row ? { name: row.name, value: variableText(row.value) } : { name: '', value: '' };
    setEditing(values);
    form.setFieldsValue(values);
  }

  const columns: ColumnsType<Row> = [
    {
      title: t('instances.variables.name'),
      dataIndex: 'name',
      width: 240,
      // Known variables by what they mean; the name itself (what an edit or a diagram's expression uses) on hover and in the edit dialog.
      render: (name: string, row) => (
        <Space size={4}>
          {known.has(name) ? (
            <Tooltip title={name}>
              <Typography.Text>{t(`variable.${name}`)}</Typography.Text>
            </Tooltip>
          ) : (
            <Typography.Text code>{name}</Typography.Text>
          )}
          {row.personal && <Tag color="gold">{t('instances.variables.personal')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('instances.variables.value'),
      key: 'value',
      render: (_, row) => {
        const shown = revealed ? row.value : maskValue(row.value, row.name);
        const readable = row.personal ? null : readableValue(row.name, shown, t, i18n.language, regionName);
        return readable === null ? <JsonValue value={shown} /> : <Tooltip title={variableText(row.value)}>{readable}</Tooltip>;
      },
    },
  ];
  if (editable) {
    columns.push({
      title: t('instances.actions'),
      key: 'actions',
      width: 100,
      render: (_, row) => (
        <Button size="small" type="link" onClick={() => startEdit(row)} data-testid={`variable-edit-${row.name}`}>
          {t('instances.variables.edit')}
        </Button>
      ),
    });
  }

  return (
    <>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }} wrap>
        <Space>
          <Switch checked={revealed} onChange={setRevealed} disabled={!anyPersonal} data-testid="variables-reveal" aria-label={t('instances.variables.reveal')} />
          <span>{t('instances.variables.reveal')}</span>
          {!revealed && anyPersonal && <Typography.Text type="secondary">{t('instances.variables.maskedHint')}</Typography.Text>}
        </Space>
        {editable && (
          <Button onClick={() => startEdit()} data-testid="variable-add">
            {t('instances.variables.add')}
          </Button>
        )}
      </Space>
      <Table<Row>
        rowKey="name"
        size="small"
        data-testid="variables-table"
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('instances.variables.empty') }}
      />
      <Modal
        open={editing !== null}
        title={editing?.name ? t('instances.variables.editTitle', { name: editing.name }) : t('instances.variables.addTitle')}
        okText={t('instances.variables.save')}
        okButtonProps={{ ...({ 'data-testid': 'variable-save' } as Record<string, string>) }}
        cancelText={t('instances.cancelAction')}
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('instances.variables.editHint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={(values) => save.mutate(values)} initialValues={editing ?? undefined}>
          <Form.Item
            name="name"
            label={t('instances.variables.name')}
            rules={[
              { required: true, message: t('instances.variables.nameRequired') },
              { pattern: /^[A-Za-z_$][A-Za-z0-9_$]{0,63}$/, message: t('instances.variables.nameInvalid') },
            ]}
          >
            <Input disabled={Boolean(editing?.name)} data-testid="variable-name-input" />
          </Form.Item>
          <Form.Item name="value" label={t('instances.variables.value')} rules={[{ required: true, message: t('instances.variables.valueRequired') }]}>
            <Input.TextArea rows={5} style={{ fontFamily: 'monospace' }} data-testid="variable-value-input" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
