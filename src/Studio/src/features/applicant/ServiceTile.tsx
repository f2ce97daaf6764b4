import { useNavigate } from 'react-router';
import RightOutlined from '@ant-design/icons/es/icons/RightOutlined';
import { useTranslation } from 'react-i18next';
import { services } from './services';

/** The three services as large tappable rows. */
export function ServiceList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="m-services">
      {services.map((s) => (
        <button key={s.type} type="button" className="m-service" data-testid={`service-${s.type}`} onClick={() => navigate(`/m/apply/${s.type}`)}>
          <span className="m-service-icon" style={{ background: s.color }} aria-hidden>
            {s.icon}
          </span>
          <span className="m-service-body">
            <span className="m-service-title" style={{ display: 'block' }}>
              {t(`applicant.service.${s.type}.title`)}
            </span>
            <span className="m-service-desc" style={{ display: 'block' }}>
              {t(`applicant.service.${s.type}.description`)}
            </span>
          </span>
          <RightOutlined style={{ color: '#9ca3af' }} aria-hidden />
        </button>
      ))}
    </div>
  );
}
